/* Live updates: a banner counts new posts for this page, and the bell counts new notices, without reloading. */
(function () {
    'use strict';
    var newPosts = 0;
    var retryDelay = 1000;

    function scope() {
        return document.body.getAttribute('data-live-scope') || '';
    }

    /** What the home feed shows: FOLLOWING (colleagues and groups followed), EVERYTHING or UNANSWERED. */
    function homeShowing() {
        var showing = document.getElementById('homeShowing');
        return showing ? showing.getAttribute('data-showing') : 'FOLLOWING';
    }

    function showNewPosts() {
        var banner = document.getElementById('newPosts');
        if (!banner) {
            return;
        }
        banner.textContent = newPosts + (newPosts === 1 ? ' new post' : ' new posts') + ' · Show';
        // a listener, not an onclick attribute: the Content-Security-Policy runs no inline handlers
        banner.onclick = function () {
            location.reload();
        };
        banner.hidden = false;
    }

    function ringBell() {
        var bell = document.getElementById('bell');
        if (!bell || scope() === 'notifications') {
            return;
        }
        var badge = document.getElementById('unread');
        if (!badge) {
            badge = document.createElement('span');
            badge.id = 'unread';
            badge.className = 'agora-unread';
            badge.textContent = '0';
            bell.appendChild(badge);
        }
        var unread = (parseInt(badge.textContent, 10) || 0) + 1;
        badge.textContent = unread > 99 ? '99+' : String(unread);
        bell.title = 'Notifications (' + unread + ' unread)';
    }

    function connect() {
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/live');
        socket.onopen = function () {
            retryDelay = 1000;
            document.body.setAttribute('data-live', 'connected');
        };
        socket.onmessage = function (event) {
            var message = JSON.parse(event.data);
            if (message.type === 'post' && (scope() === 'group-' + message.groupId
                    || (scope() === 'home' && (message.following || homeShowing() !== 'FOLLOWING')))) {
                newPosts++;
                showNewPosts();
            } else if (message.type === 'notification') {
                ringBell();
            }
        };
        socket.onclose = function () {
            document.body.setAttribute('data-live', 'reconnecting');
            setTimeout(connect, retryDelay);
            retryDelay = Math.min(retryDelay * 2, 30000);
        };
    }

    if ('WebSocket' in window) {
        document.addEventListener('DOMContentLoaded', connect);
    }
})();
