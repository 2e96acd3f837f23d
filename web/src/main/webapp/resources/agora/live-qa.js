/*
 * A live Q&A session's queue, kept live: the page is rendered with the queue as of change number data-seq; the
 * WebSocket continues after it, each message a numbered change carrying the questions as they now stand. A message
 * numbered at or below the last one applied is ignored; a gap reloads the queue. Votes, moderation and answers go
 * through the REST API with the page's session.
 */
(function () {
    'use strict';
    var RANK = {ANSWERING: 0, PENDING: 1, OPEN: 2, ANSWERED: 3, DISMISSED: 4, MERGED: 4};
    var STATE_LABELS = {PENDING: 'Waiting for approval', OPEN: 'In the queue', ANSWERING: 'Answering now',
        ANSWERED: 'Answered', DISMISSED: 'Dismissed', MERGED: 'Merged'};
    var queue, sessionId, lastSeq, moderating, hosting, finished;
    var questions = {};
    var mine = {};
    var voted = {};
    var socket = null;
    var retryDelay = 1000;
    var reloading = false;

    function api(path, method, body) {
        var options = {method: method || 'GET', credentials: 'same-origin', headers: {Accept: 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch('/api/v1/live-sessions/' + path, options).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    throw new Error(json.detail || ('The server answered ' + response.status + '.'));
                }
                return json;
            });
        });
    }

    function notice(text, failed) {
        var element = document.getElementById('qaNotice');
        if (!element) {
            return;
        }
        element.textContent = text;
        element.className = 'agora-qa-notice' + (failed ? ' agora-qa-notice-error' : '');
        element.hidden = !text;
    }

    function readRendered() {
        Array.prototype.forEach.call(queue.querySelectorAll('li.agora-qa-question'), function (item) {
            var id = item.getAttribute('data-id');
            var asker = item.querySelector('.agora-qa-asker');
            var answer = item.querySelector('.agora-qa-answer');
            var askerHref = asker && asker.getAttribute('href');
            questions[id] = {
                id: Number(id),
                state: item.getAttribute('data-state'),
                votes: Number(item.getAttribute('data-votes')),
                askedAt: item.getAttribute('data-asked-at'),
                answeredAt: item.getAttribute('data-answered-at') || null,
                anonymous: item.getAttribute('data-anonymous') === 'true',
                askerName: asker ? asker.textContent : '',
                askerId: askerHref ? Number(askerHref.replace(/.*id=/, '')) : null,
                text: item.querySelector('.agora-qa-text').textContent,
                answerText: answer ? answer.textContent : null
            };
            if (item.getAttribute('data-mine') === 'true') {
                mine[id] = true;
            }
            if (item.getAttribute('data-voted') === 'true') {
                voted[id] = true;
            }
        });
    }

    function element(tag, className, text) {
        var created = document.createElement(tag);
        if (className) {
            created.className = className;
        }
        if (text !== undefined && text !== null) {
            created.textContent = text;
        }
        return created;
    }

    function button(action, label, icon) {
        var created = element('button', 'ui-button ui-widget ui-corner-all ui-button-flat agora-qa-action');
        created.type = 'button';
        created.setAttribute('data-action', action);
        created.appendChild(element('span', 'pi ' + icon));
        created.appendChild(document.createTextNode(' ' + label));
        return created;
    }

    function inQueue(state) {
        return state === 'OPEN' || state === 'ANSWERING';
    }

    function render(q) {
        var id = String(q.id);
        var item = element('li', 'agora-qa-question agora-qa-' + q.state.toLowerCase());
        item.setAttribute('data-id', id);
        item.setAttribute('data-state', q.state);
        item.setAttribute('data-votes', String(q.votes));
        item.setAttribute('data-asked-at', q.askedAt || '');
        item.setAttribute('data-answered-at', q.answeredAt || '');
        item.setAttribute('data-mine', mine[id] ? 'true' : 'false');
        item.setAttribute('data-voted', voted[id] ? 'true' : 'false');
        item.setAttribute('data-anonymous', q.anonymous ? 'true' : 'false');

        var votes = element('div', 'agora-qa-votes');
        var upvote = element('button', 'agora-qa-upvote', '▲');
        upvote.type = 'button';
        upvote.setAttribute('data-action', 'votes');
        upvote.setAttribute('aria-pressed', voted[id] ? 'true' : 'false');
        upvote.title = mine[id] ? 'Your question' : (voted[id] ? 'You upvoted this' : 'Upvote');
        upvote.disabled = !!(mine[id] || voted[id] || finished || !inQueue(q.state));
        votes.appendChild(upvote);
        votes.appendChild(element('span', 'agora-qa-count', String(q.votes)));
        item.appendChild(votes);

        var body = element('div', 'agora-qa-body');
        body.appendChild(element('div', 'agora-qa-flag', 'Answering now'));
        body.appendChild(element('p', 'agora-qa-text', q.text));
        var meta = element('div', 'agora-small agora-muted agora-qa-meta');
        var asker;
        if (q.anonymous || q.askerId === null || q.askerId === undefined) {
            asker = element('span', 'agora-qa-asker', q.askerName || 'Anonymous');
        } else {
            asker = element('a', 'agora-qa-asker', q.askerName);
            asker.href = '/people/profile.xhtml?id=' + encodeURIComponent(q.askerId);
        }
        meta.appendChild(asker);
        meta.appendChild(document.createTextNode(' · '));
        meta.appendChild(element('span', 'agora-qa-number', '#' + id));
        meta.appendChild(document.createTextNode(' · '));
        meta.appendChild(element('span', 'agora-qa-state', STATE_LABELS[q.state] || q.state));
        body.appendChild(meta);
        if (q.answerText) {
            body.appendChild(element('div', 'agora-qa-answer', q.answerText));
        }
        var actions = element('div', 'agora-qa-actions');
        var active = q.state === 'PENDING' || inQueue(q.state);
        if (moderating && q.state === 'PENDING') {
            actions.appendChild(button('approval', 'Approve', 'pi-check'));
        }
        if (hosting && q.state === 'OPEN') {
            actions.appendChild(button('answering', 'Answer now', 'pi-megaphone'));
        }
        if (hosting && inQueue(q.state)) {
            actions.appendChild(button('answer', 'Answered', 'pi-check-circle'));
        }
        if (moderating && active) {
            actions.appendChild(button('merge', 'Merge…', 'pi-clone'));
            actions.appendChild(button('dismissal', 'Dismiss', 'pi-times'));
        }
        body.appendChild(actions);
        item.appendChild(body);
        return item;
    }

    /** Milliseconds of an ISO-8601 instant, 0 when there is none. */
    function time(instant) {
        var parsed = instant ? Date.parse(instant) : NaN;
        return isNaN(parsed) ? 0 : parsed;
    }

    function compare(a, b) {
        var byRank = RANK[a.state] - RANK[b.state];
        if (byRank !== 0) {
            return byRank;
        }
        if (a.state === 'ANSWERED' && time(a.answeredAt) !== time(b.answeredAt)) {
            return time(b.answeredAt) - time(a.answeredAt);
        }
        if (a.votes !== b.votes) {
            return b.votes - a.votes;
        }
        if (time(a.askedAt) !== time(b.askedAt)) {
            return time(a.askedAt) - time(b.askedAt);
        }
        return a.id - b.id;
    }

    /** Puts the items in queue order, moving only those out of place so the list does not flicker. */
    function sort() {
        var ordered = Object.keys(questions).map(function (id) { return questions[id]; }).sort(compare);
        ordered.forEach(function (q, index) {
            var item = queue.querySelector('li[data-id="' + q.id + '"]');
            if (item && queue.children[index] !== item) {
                queue.insertBefore(item, queue.children[index] || null);
            }
        });
        var empty = document.getElementById('qaEmpty');
        if (empty) {
            empty.hidden = ordered.length > 0;
        }
    }

    function upsert(snapshot) {
        var id = String(snapshot.id);
        var existing = queue.querySelector('li[data-id="' + id + '"]');
        if (snapshot.hidden) {
            if (mine[id] && snapshot.state === 'PENDING') {
                return; // the asker's own question waiting for approval: others are not told of it, the asker is
            }
            delete questions[id];
            if (existing) {
                existing.remove();
            }
            return;
        }
        questions[id] = snapshot;
        var item = render(snapshot);
        if (existing) {
            queue.replaceChild(item, existing);
        } else {
            queue.appendChild(item);
        }
    }

    function rebuild(state) {
        questions = {};
        mine = {};
        voted = {};
        while (queue.firstChild) {
            queue.removeChild(queue.firstChild);
        }
        state.questions.forEach(function (q) {
            if (q.mine) {
                mine[q.id] = true;
            }
            if (q.votedByMe) {
                voted[q.id] = true;
            }
            upsert({id: q.id, state: q.state, votes: q.votes, text: q.text, anonymous: q.anonymous,
                askerId: q.askerId, askerName: q.askerName, askedAt: q.askedAt, answerText: q.answerText,
                answeredAt: q.answeredAt, hidden: false});
        });
        lastSeq = state.lastSeq;
        queue.setAttribute('data-seq', String(lastSeq));
        sort();
    }

    /** A gap in the numbers: reads the queue again, then listens after the number it was read at. */
    function reload() {
        if (reloading) {
            return;
        }
        reloading = true;
        if (socket) {
            socket.onclose = null;
            socket.close();
            socket = null;
        }
        api(sessionId).then(rebuild).catch(function (error) { notice(error.message, true); })
            .then(function () {
                reloading = false;
                connect();
            });
    }

    function apply(message) {
        if (message.type === 'reload') {
            reload();
            return;
        }
        if (message.type !== 'queue' || message.seq <= lastSeq) {
            return; // already applied, from the page or an earlier message
        }
        if (message.seq > lastSeq + 1) {
            reload();
            return;
        }
        message.questions.forEach(upsert);
        lastSeq = message.seq;
        queue.setAttribute('data-seq', String(lastSeq));
        sort();
    }

    function liveState(state) {
        queue.setAttribute('data-live', state);
        var label = document.getElementById('qaLive');
        if (label) {
            label.setAttribute('data-live', state);
            label.textContent = state === 'connected' ? '· live' : (state === 'reconnecting' ? '· reconnecting…' : '');
        }
    }

    function connect() {
        if (reloading || finished) {
            return;
        }
        socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
            + '/live/qa/' + sessionId + '?after=' + lastSeq);
        socket.onopen = function () {
            retryDelay = 1000;
            liveState('connected');
        };
        socket.onmessage = function (event) {
            apply(JSON.parse(event.data));
        };
        socket.onclose = function () {
            socket = null;
            liveState('reconnecting');
            // after the last number applied, so nothing is missed and nothing comes twice
            setTimeout(connect, retryDelay + Math.floor(Math.random() * 500));
            retryDelay = Math.min(retryDelay * 2, 30000);
        };
    }

    function act(id, action) {
        var body;
        if (action === 'merge') {
            var into = window.prompt('Merge question #' + id + ' into question number:');
            if (!into) {
                return;
            }
            body = {into: Number(String(into).replace('#', ''))};
        } else if (action === 'answer') {
            var text = window.prompt('Your answer in writing (optional):', '');
            if (text === null) {
                return;
            }
            body = {text: text};
        }
        api('questions/' + id + '/' + action, 'POST', body).then(function (question) {
            if (action === 'votes') {
                voted[id] = true;
                if (questions[id]) {
                    upsert(questions[id]);
                    sort();
                }
            }
            notice('');
            return question;
        }).catch(function (error) { notice(error.message, true); });
    }

    function ask(event) {
        event.preventDefault();
        var text = document.getElementById('qaText');
        var anonymous = document.getElementById('qaAnonymous');
        api(sessionId + '/questions', 'POST', {text: text.value, anonymous: !!(anonymous && anonymous.checked)})
            .then(function (question) {
                text.value = '';
                mine[question.id] = true;
                if (question.state === 'PENDING') {
                    upsert({id: question.id, state: question.state, votes: question.votes, text: question.text,
                        anonymous: question.anonymous, askerId: question.askerId, askerName: question.askerName,
                        askedAt: question.askedAt, hidden: false});
                    notice('Thank you. Your question waits for a moderator; only you and they see it for now.');
                } else {
                    if (questions[question.id]) {
                        upsert(questions[question.id]);
                    }
                    notice('Thank you. Your question is in the queue.');
                }
                sort();
            })
            .catch(function (error) { notice(error.message, true); });
    }

    function start() {
        queue = document.getElementById('qaQueue');
        if (!queue) {
            return;
        }
        sessionId = queue.getAttribute('data-qa-session');
        lastSeq = Number(queue.getAttribute('data-seq')) || 0;
        moderating = queue.getAttribute('data-moderating') === 'true';
        hosting = queue.getAttribute('data-hosting') === 'true';
        finished = queue.getAttribute('data-finished') === 'true';
        readRendered();
        Object.keys(questions).forEach(function (id) { upsert(questions[id]); });
        sort();
        queue.addEventListener('click', function (event) {
            var target = event.target.closest('button[data-action]');
            if (target && !target.disabled) {
                act(target.closest('li').getAttribute('data-id'), target.getAttribute('data-action'));
            }
        });
        var form = document.getElementById('qaAsk');
        if (form) {
            form.addEventListener('submit', ask);
        }
        if ('WebSocket' in window && !finished) {
            connect();
        } else {
            liveState(finished ? 'finished' : 'unavailable');
        }
    }

    document.addEventListener('DOMContentLoaded', start);
})();
