// A link's ?theme= before the first paint (main.ts keeps it in step from then on). A file of the
// app's own rather than inline script, so that every script on the page is served by the app.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
})();
