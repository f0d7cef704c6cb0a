/*
 * Include once on a page that embeds the chronology:
 *   <script async src="https://…/embed.js"></script>
 * Every chronology frame on the page then takes the height its content reports
 * ({type: "chronology:resize", height}), frames added later too. Only messages from a frame of
 * this script's own origin are read; anything else is ignored.
 */
(() => {
  const script = document.currentScript;
  // included twice: the first copy already listens
  if (!script || window.chronologyEmbeds) return;
  window.chronologyEmbeds = true;
  const origin = new URL(script.src, location.href).origin;

  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== 'chronology:resize') return;
    const height = data.height;
    if (typeof height !== 'number' || !(height > 0 && height < 100000)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
})();
