/*
 * The video page's player: starts where a search hit said the words were (?t=), seeks from the transcript, and
 * tells Agora how much was watched, so the executive sees views and average watch time.
 */
(function () {
    'use strict';

    var REPORT_EVERY_SECONDS = 10;

    function init() {
        var player = document.getElementById('player');
        if (!player) {
            return;
        }
        var api = player.getAttribute('data-api');
        var start = parseInt(player.getAttribute('data-start'), 10);
        if (start > 0) {
            player.addEventListener('loadedmetadata', function () {
                player.currentTime = start;
            }, {once: true});
        }
        document.querySelectorAll('[data-seek]').forEach(function (cue) {
            cue.addEventListener('click', function () {
                player.currentTime = Number(cue.getAttribute('data-seek'));
                player.play();
            });
        });

        var viewId = null;
        var starting = false;
        var watched = 0;
        var reported = 0;
        var last = null;

        function report(leaving) {
            if (viewId === null || watched <= reported) {
                return;
            }
            reported = watched;
            fetch(api + '/views/' + viewId, {
                method: 'PUT', credentials: 'same-origin', keepalive: leaving,
                headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({watchedMs: Math.round(watched * 1000)})
            }).catch(function () {
            });
        }

        player.addEventListener('play', function () {
            last = player.currentTime;
            if (viewId !== null || starting) {
                return;
            }
            starting = true;
            fetch(api + '/views', {method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (view) {
                    viewId = view ? view.id : null;
                })
                .catch(function () {
                });
        });
        // time actually played: jumps by seeking are not watching
        player.addEventListener('timeupdate', function () {
            var now = player.currentTime;
            if (last !== null && !player.paused && !player.seeking && now > last && now - last < 2) {
                watched += now - last;
            }
            last = now;
            if (watched - reported >= REPORT_EVERY_SECONDS) {
                report(false);
            }
        });
        player.addEventListener('seeked', function () {
            last = player.currentTime;
        });
        player.addEventListener('pause', function () {
            report(false);
        });
        player.addEventListener('ended', function () {
            report(false);
        });
        window.addEventListener('pagehide', function () {
            report(true);
        });
    }

    document.addEventListener('DOMContentLoaded', init);
})();
