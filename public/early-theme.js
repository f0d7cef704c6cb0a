// Before the first paint, in a file of the app's own rather than inline script (so that every
// script on the page is served by the app):
// - a link's ?theme= (main.ts keeps it in step from then on);
// - our chronology starts downloading now, beside the app's script, instead of once that script
//   has run (main.ts then finds it on its way); not when ?data= names another chronology;
// - the browser's Intl data is read in a worker thread: the first Intl formatter of a page loads
//   it (30–40 ms, four times that on a phone), and once a worker has, the page's first render no
//   longer waits for it on the main thread.
(function () {
  try {
    var warm = new Blob(
      [
        "new Intl.NumberFormat().format(1);new Intl.DateTimeFormat(void 0,{month:'long'}).format(0);close()",
      ],
      { type: 'text/javascript' },
    );
    new Worker(URL.createObjectURL(warm));
  } catch {
    // no worker (a sandboxed frame, a strict policy): the first formatter loads the data itself
  }
})();
(function () {
  var params = new URLSearchParams(location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  if (params.has('data')) return;
  var script = document.currentScript;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = new URL('data/events.json', script ? script.src : location.href).href;
  document.head.appendChild(link);
})();
