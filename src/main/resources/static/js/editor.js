// Live Markdown preview for the secretariat's editor. Without JavaScript the "Preview" button
// does the same through the server; this only saves the round trip of a full page.
(function () {
  var token = document.querySelector('input[name="_csrf"]');
  document.querySelectorAll('textarea[data-preview]').forEach(function (area) {
    var pane = document.getElementById(area.getAttribute('data-preview'));
    if (!pane || !token) { return; }
    var timer = null;
    var render = function () {
      var body = new URLSearchParams();
      body.set('body', area.value);
      body.set('_csrf', token.value);
      fetch('/admin/content/preview', { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) { pane.innerHTML = html; } });
    };
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
    if (!pane.innerHTML.trim()) { render(); }
  });
})();
