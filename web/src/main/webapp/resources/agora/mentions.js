/* "@" in a post or comment offers colleagues to mention; choosing one writes @username, which the server links. */
(function () {
    'use strict';
    var TYPED_MENTION = /(^|[^\p{L}\p{N}_.@#\/&+-])@([\p{L}\p{N}._-]{1,40})$/u;
    var list = null;
    var options = [];
    var active = 0;
    var timer = null;

    function isMentionable(element) {
        return element && element.matches && element.matches('textarea.agora-mentionable');
    }

    function typedName(area) {
        var match = TYPED_MENTION.exec(area.value.slice(0, area.selectionStart));
        return match ? match[2] : null;
    }

    function close() {
        if (list) {
            list.remove();
            list = null;
        }
        options = [];
    }

    function highlight(index) {
        active = index;
        options.forEach(function (option, i) {
            option.classList.toggle('agora-active', i === index);
            option.setAttribute('aria-selected', String(i === index));
        });
    }

    function choose(area, username) {
        var caret = area.selectionStart;
        var before = area.value.slice(0, caret);
        var start = before.length - typedName(area).length;
        area.value = before.slice(0, start) + username + ' ' + area.value.slice(caret);
        var after = start + username.length + 1;
        area.setSelectionRange(after, after);
        area.focus();
        close();
    }

    function show(area, people) {
        close();
        if (people.length === 0) {
            return;
        }
        list = document.createElement('ul');
        list.className = 'agora-mention-list';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Colleagues to mention');
        people.forEach(function (person) {
            var option = document.createElement('li');
            option.setAttribute('role', 'option');
            option.dataset.username = person.username;
            var name = document.createElement('strong');
            name.textContent = person.fullName;
            var detail = document.createElement('span');
            detail.className = 'agora-muted agora-small';
            detail.textContent = ' @' + person.username + (person.title ? ' · ' + person.title : '');
            option.append(name, detail);
            option.addEventListener('mousedown', function (event) {
                event.preventDefault();
                choose(area, person.username);
            });
            list.appendChild(option);
            options.push(option);
        });
        var box = area.getBoundingClientRect();
        list.style.left = (box.left + window.scrollX) + 'px';
        list.style.top = (box.bottom + window.scrollY + 2) + 'px';
        document.body.appendChild(list);
        highlight(0);
    }

    document.addEventListener('input', function (event) {
        var area = event.target;
        if (!isMentionable(area)) {
            return;
        }
        clearTimeout(timer);
        var typed = typedName(area);
        if (!typed) {
            close();
            return;
        }
        timer = setTimeout(function () {
            fetch('/api/v1/mentions?q=' + encodeURIComponent(typed),
                {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (people) {
                    if (typedName(area) === typed) {
                        show(area, people);
                    }
                })
                .catch(close);
        }, 150);
    });

    document.addEventListener('keydown', function (event) {
        if (!list || !isMentionable(event.target)) {
            return;
        }
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            var step = event.key === 'ArrowDown' ? 1 : options.length - 1;
            highlight((active + step) % options.length);
        } else if (event.key === 'Enter' || event.key === 'Tab') {
            choose(event.target, options[active].dataset.username);
        } else if (event.key === 'Escape') {
            close();
        } else {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
    }, true);

    document.addEventListener('focusout', function (event) {
        if (isMentionable(event.target)) {
            setTimeout(close, 150);
        }
    });
})();
