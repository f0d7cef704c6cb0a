/**
 * The code a page pastes to embed the chronology: a responsive frame as tall as its content (the
 * embed reports its height; embed.js, included once per page, applies it) or a frame of a fixed
 * size that needs no script. The Embed dialog and the oEmbed files both write it.
 */

export type EmbedSize =
  | { kind: 'responsive' }
  /** width and height in CSS pixels; 'full' is the page's width at 60% of the screen's height */
  | { kind: 'fixed'; width: number; height: number }
  | { kind: 'full' };

/** The height a responsive frame starts at, before embed.js has its content's height. */
export const RESPONSIVE_START_HEIGHT = 600;

function attribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * `src`: the embed's address, already with `?embed=1` and the view (and `autosize=1` for a
 * responsive frame); `scriptUrl`: where embed.js is published.
 */
export function embedCode(src: string, title: string, size: EmbedSize, scriptUrl: string): string {
  const common = `src="${attribute(src)}" title="${attribute(title)}"`;
  if (size.kind === 'responsive') {
    // width/height attributes too, for editors that strip style attributes
    const height = RESPONSIVE_START_HEIGHT;
    return [
      `<iframe ${common} width="100%" height="${height}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`,
      `<script async src="${attribute(scriptUrl)}"></script>`,
    ].join('\n');
  }
  if (size.kind === 'full') {
    return `<iframe ${common} style="width:100%;height:60vh;border:0" loading="lazy"></iframe>`;
  }
  return `<iframe ${common} width="${size.width}" height="${size.height}" style="border:0" loading="lazy"></iframe>`;
}
