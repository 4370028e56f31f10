// The header's search box suggests titles as one types: the WAI-ARIA combobox pattern (a text box
// that controls a list box), arrows to move, Enter to open a title, Escape to close. Without this
// script the box is a plain form that opens the results page.
(function () {
  var input = document.getElementById('site-search-q');
  if (!input || !input.form || !window.fetch || !window.JSON) {
    return;
  }
  var form = input.form;
  var list = document.createElement('ul');
  list.id = 'site-search-suggestions';
  list.className = 'site-search-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.labels && input.labels[0] ? input.labels[0].textContent : '');
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var found = [];
  var active = -1;
  var asked = '';
  var timer = null;

  function onSite(path) {
    return typeof path === 'string' && path.charAt(0) === '/' && path.charAt(1) !== '/';
  }

  function close() {
    list.hidden = true;
    list.textContent = '';
    found = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function mark(index) {
    active = index;
    for (var i = 0; i < list.children.length; i++) {
      list.children[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open(index) {
    if (found[index] && onSite(found[index].path)) {
      window.location.href = found[index].path;
    }
  }

  function show(suggestions) {
    close();
    found = suggestions.filter(function (s) { return s && onSite(s.path); });
    if (!found.length) {
      return;
    }
    found.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'site-search-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('lang', s.language || '');
      option.textContent = s.title;
      option.addEventListener('mousedown', function (e) { e.preventDefault(); });
      option.addEventListener('click', function () { open(i); });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) {
      asked = '';
      close();
      return;
    }
    if (q === asked) {
      return;
    }
    asked = q;
    fetch(form.action + '/suggest?q=' + encodeURIComponent(q), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (suggestions) {
        if (input.value.trim() === q && Array.isArray(suggestions)) {
          show(suggestions);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 200);
  });
  input.addEventListener('keydown', function (e) {
    if (list.hidden) {
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      mark(active + 1 < found.length ? active + 1 : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      mark(active > 0 ? active - 1 : found.length - 1);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      open(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', function () {
    asked = '';
    window.setTimeout(close, 150);
  });
})();
