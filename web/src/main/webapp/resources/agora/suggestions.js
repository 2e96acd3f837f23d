/*
 * The top bar's search box suggests colleagues, groups and topics while typing. Arrow keys and the mouse choose one,
 * which opens its page; Enter without a choice still searches for the text, as it always did.
 */
(function () {
    'use strict';
    var BOX_ID = 'topSearch';
    var LIST_ID = 'topSuggestions';
    var MAX_PREFIX = 100;
    var list = null;
    var options = [];
    var active = -1;
    var timer = null;
    var request = null;

    function isBox(element) {
        return element && element.id === BOX_ID;
    }

    /** The box is a combobox for assistive technology, and the browser's own history list would cover ours. */
    function prepare(box) {
        if (box.dataset.suggesting) {
            return;
        }
        box.dataset.suggesting = 'true';
        box.setAttribute('autocomplete', 'off');
        box.setAttribute('role', 'combobox');
        box.setAttribute('aria-autocomplete', 'list');
        box.setAttribute('aria-expanded', 'false');
        box.setAttribute('aria-controls', LIST_ID);
    }

    function close() {
        if (request) {
            request.abort();
            request = null;
        }
        if (list) {
            list.remove();
            list = null;
        }
        options = [];
        active = -1;
        var box = document.getElementById(BOX_ID);
        if (box) {
            box.setAttribute('aria-expanded', 'false');
            box.removeAttribute('aria-activedescendant');
        }
    }

    function highlight(index) {
        active = index;
        options.forEach(function (option, i) {
            option.classList.toggle('agora-active', i === index);
            option.setAttribute('aria-selected', String(i === index));
        });
        var box = document.getElementById(BOX_ID);
        if (box && index >= 0) {
            box.setAttribute('aria-activedescendant', options[index].id);
        } else if (box) {
            box.removeAttribute('aria-activedescendant');
        }
    }

    function element(tag, className, text) {
        var made = document.createElement(tag);
        if (className) {
            made.className = className;
        }
        if (text !== undefined && text !== null) {
            made.textContent = text;
        }
        return made;
    }

    /** The name, with the letters typed in bold where a word of it starts with them. */
    function name(text, typed) {
        var line = element('span', 'agora-suggestion-name');
        var wanted = typed.replace(/^[#@]+/, '').toLowerCase();
        var lower = text.toLowerCase();
        var at = -1;
        for (var i = lower.indexOf(wanted); wanted && i >= 0; i = lower.indexOf(wanted, i + 1)) {
            if (i === 0 || /[^\p{L}\p{N}]/u.test(lower.charAt(i - 1))) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            line.textContent = text;
        } else {
            line.append(text.slice(0, at), element('mark', null, text.slice(at, at + wanted.length)),
                text.slice(at + wanted.length));
        }
        return line;
    }

    function option(href, kind, picture, title, detail) {
        var link = element('a', 'agora-suggestion');
        link.href = href;
        link.id = LIST_ID + '-' + options.length;
        link.dataset.kind = kind;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', 'false');
        link.tabIndex = -1;
        var text = element('span', 'agora-suggestion-text');
        text.append(title);
        if (detail) {
            text.append(element('span', 'agora-suggestion-detail', detail));
        }
        link.append(picture, text);
        link.addEventListener('mousedown', function (event) {
            event.preventDefault(); // keeps the focus in the box until the click opens the page
        });
        link.addEventListener('mousemove', function () {
            if (active !== options.indexOf(link)) {
                highlight(options.indexOf(link));
            }
        });
        options.push(link);
        return link;
    }

    function icon(name) {
        var square = element('span', 'agora-suggestion-icon');
        square.setAttribute('aria-hidden', 'true');
        square.append(element('i', 'pi ' + name));
        return square;
    }

    function avatar(person) {
        if (person.photoVersion) {
            var photo = element('img', 'agora-avatar agora-avatar-small agora-photo');
            photo.alt = '';
            photo.src = '/people/photo/' + person.id + '?v=' + person.photoVersion;
            return photo;
        }
        return element('span', 'agora-avatar agora-avatar-small', person.initials);
    }

    function joined(parts) {
        return parts.filter(function (part) { return part; }).join(' · ');
    }

    function groupDetail(group) {
        var visibility = group.visibility.charAt(0) + group.visibility.slice(1).toLowerCase();
        return joined([visibility + ' group', group.memberCount + (group.memberCount === 1 ? ' member' : ' members'),
            group.archived ? 'archived' : null]);
    }

    function tagDetail(tag) {
        if (!tag.people) {
            return 'In posts';
        }
        return tag.people + (tag.people === 1 ? ' colleague knows it' : ' colleagues know it');
    }

    function section(label, items, toOption) {
        if (!items || items.length === 0) {
            return;
        }
        var group = element('div', 'agora-suggestions-group');
        group.setAttribute('role', 'group');
        var heading = element('div', 'agora-suggestions-heading', label);
        heading.id = LIST_ID + '-' + label.toLowerCase();
        heading.setAttribute('role', 'presentation');
        group.setAttribute('aria-labelledby', heading.id);
        group.append(heading);
        items.forEach(function (item) {
            group.append(toOption(item));
        });
        list.append(group);
    }

    function show(box, typed, found) {
        close();
        if (found.people.length + found.groups.length + found.tags.length === 0) {
            return;
        }
        list = element('div', 'agora-suggestions');
        list.id = LIST_ID;
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Suggestions');
        section('People', found.people, function (person) {
            return option('/people/profile.xhtml?id=' + person.id, 'person', avatar(person), name(person.name, typed),
                joined([person.title, person.department]));
        });
        section('Groups', found.groups, function (group) {
            return option('/groups/view.xhtml?slug=' + encodeURIComponent(group.slug), 'group',
                icon(group.visibility === 'PUBLIC' ? 'pi-users' : 'pi-lock'), name(group.name, typed), groupDetail(group));
        });
        section('Topics', found.tags, function (tag) {
            return option('/people/tag.xhtml?tag=' + encodeURIComponent(tag.tag), 'tag', icon('pi-hashtag'),
                name(tag.tag, typed), tagDetail(tag));
        });
        var everything = element('span', 'agora-suggestion-name');
        everything.append('Search for ', element('strong', null, '\u201c' + typed + '\u201d'));
        list.append(option('/search.xhtml?q=' + encodeURIComponent(typed), 'search', icon('pi-search'), everything,
            'Press Enter'));
        options[options.length - 1].classList.add('agora-suggestion-all');

        var place = box.getBoundingClientRect();
        document.body.append(list);
        var width = list.offsetWidth;
        var left = Math.max(8, Math.min(place.left, document.documentElement.clientWidth - width - 8));
        list.style.left = (left + window.scrollX) + 'px';
        list.style.top = (place.bottom + window.scrollY + 6) + 'px';
        box.setAttribute('aria-expanded', 'true');
    }

    function suggest(box) {
        var typed = box.value.trim();
        if (typed.length === 0 || typed.length > MAX_PREFIX) {
            close();
            return;
        }
        if (request) {
            request.abort();
        }
        var asked = new AbortController();
        request = asked;
        fetch('/api/v1/search/suggestions?q=' + encodeURIComponent(typed),
            {credentials: 'same-origin', headers: {Accept: 'application/json'}, signal: asked.signal})
            .then(function (response) {
                // while search is unavailable (503) the box simply suggests nothing
                return response.ok ? response.json() : null;
            })
            .then(function (found) {
                if (request === asked) {
                    request = null;
                }
                if (found && document.activeElement === box && box.value.trim() === typed) {
                    show(box, typed, found);
                } else if (!found) {
                    close();
                }
            })
            .catch(function () { /* aborted by newer typing, or offline: nothing to suggest */ });
    }

    document.addEventListener('focusin', function (event) {
        if (isBox(event.target)) {
            prepare(event.target);
        }
    });

    document.addEventListener('input', function (event) {
        var box = event.target;
        if (!isBox(box)) {
            return;
        }
        prepare(box);
        clearTimeout(timer);
        timer = setTimeout(function () { suggest(box); }, 120);
    });

    // capturing, so that a chosen suggestion's Enter never reaches the form's default command
    document.addEventListener('keydown', function (event) {
        if (!isBox(event.target) || !list) {
            return;
        }
        if (event.key === 'ArrowDown') {
            highlight((active + 1) % options.length);
        } else if (event.key === 'ArrowUp') {
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === 'Enter' && active >= 0) {
            window.location.assign(options[active].href);
        } else if (event.key === 'Escape') {
            close();
        } else {
            if (event.key === 'Enter' || event.key === 'Tab') {
                close();
            }
            return;
        }
        event.preventDefault();
        event.stopPropagation();
    }, true);

    document.addEventListener('focusout', function (event) {
        if (isBox(event.target)) {
            clearTimeout(timer);
            setTimeout(close, 150);
        }
    });

    window.addEventListener('resize', close);
})();
