// Shows event times in the browser's own zone: when the visitor has not chosen one, the page is
// asked again with the zone the browser reports (kept in links afterwards).
(function () {
  var mark = document.querySelector('[data-zone-auto]');
  if (!mark || !window.Intl || new URLSearchParams(location.search).has('tz')) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === mark.getAttribute('data-zone-auto')) {
    return;
  }
  var url = new URL(location.href);
  url.searchParams.set('tz', zone);
  location.replace(url.toString());
})();
