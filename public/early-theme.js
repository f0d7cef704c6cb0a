// Before the first paint, in a file of the app's own rather than inline script (so that every
// script on the page is served by the app):
// - a link's ?theme= (main.ts keeps it in step from then on);
// - our chronology starts downloading now, beside the app's script, instead of once that script
//   has run (main.ts then finds it on its way); not when ?data= names another chronology;
// - the chunks the first render waits for (the language's words, a linked event's card) are asked
//   for now too, beside the app's script; the build writes their names in (vite.config.ts,
//   scripts/early-chunks.ts), so this does nothing in development;
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
(function () {
  var chunks = /*early-chunks*/ null;
  if (!chunks) return;
  var params = new URLSearchParams(location.search);
  var flag = function (name) {
    var value = params.get(name);
    return value === '1' || value === 'true' || value === '';
  };
  // the language main.ts will choose: the link's, the remembered one, the browser's first that we
  // have, else English (src/lib/i18n/negotiate.ts; scripts/early-theme.test.ts keeps them in step)
  var lang = params.get('lang');
  if (!chunks.lang[lang]) {
    try {
      var kept = /(?:^|;\s*)chronology-lang=([^;]*)/.exec(document.cookie);
      lang = kept && decodeURIComponent(kept[1]);
    } catch {
      lang = null;
    }
  }
  var tags = navigator.languages || [];
  for (var i = 0; !chunks.lang[lang] && i < tags.length; i++) {
    var parts = String(tags[i]).trim().toLowerCase().replace(/_/g, '-').split('-');
    lang =
      parts[0] === 'zh'
        ? /-(hant|tw|hk|mo)(-|$)/.test('-' + parts.slice(1).join('-') + '-')
          ? null
          : 'zh-Hans'
        : parts[0] === 'tl'
          ? 'fil'
          : parts[0];
  }
  if (!chunks.lang[lang]) lang = 'en';
  var files = chunks.lang[lang].concat(lang === 'en' ? chunks.english : chunks.foreign);
  if (params.get('event') && !params.has('data'))
    files = files.concat(flag('embed') ? chunks.compact : chunks.full.concat(chunks.notices));
  var script = document.currentScript;
  for (var j = 0; j < files.length; j++) {
    var link = document.createElement('link');
    if (/\.css$/.test(files[j])) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    link.href = new URL(chunks.dir + files[j], script ? script.src : location.href).href;
    document.head.appendChild(link);
  }
})();
