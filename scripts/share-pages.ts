/**
 * After `vite build`: a static share page for every event at <out>/event/<id>/index.html — the
 * event as real HTML at once (readable with JavaScript off, fast on a phone, indexable), with Open
 * Graph and Twitter card meta, citation meta for reference managers, schema.org JSON-LD, an oEmbed
 * file beside it, and a 1200×630 PNG card drawn here (no outside service); a page for every old id
 * in data/aliases.yaml that forwards to the event's new page; the site's own oEmbed file and card,
 * the link to them in index.html, and sitemap.xml.
 *
 * Links in meta tags must be absolute: SITE_URL is where the site is published (default
 * http://localhost:4173, what `npm start` serves) and BASE_PATH the path under it (default /).
 */
import { english } from '../src/lib/i18n/english.ts';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_TITLE } from '../src/lib/chronology/about.ts';
import { decodeChronology } from '../src/lib/chronology/decode.ts';
import {
  participantsLabel,
  placeLabel,
  reliabilityLabel,
  sourceByline,
} from '../src/lib/chronology/describe.ts';
import type { ChronologyEvent } from '../src/lib/chronology/model.ts';
import { citationMeta } from './citation-meta.ts';
import { escapeHtml } from './escape-html.ts';
import { eventJsonLd, jsonLdScript } from './event-json-ld.ts';
import { oembedFor, oembedLink } from './oembed.ts';
import { readOutDir } from './out-dir.ts';
import { eventCardText, renderCard } from './share-card.ts';
import { sharePageStyle } from './share-page-style.ts';
import { readBasePath, readSiteUrl, siteRoot } from './site-url.ts';
import { sitemapXml } from './sitemap.ts';

export { escapeHtml };

/** The events before and after this one, in the chronology's order, for the page's links. */
export interface Neighbours {
  previous?: ChronologyEvent;
  next?: ChronologyEvent;
}

/** `root`: the site's absolute root address, with its base path and a final slash. */
export function sharePage(
  event: ChronologyEvent,
  root: string,
  neighbours: Neighbours = {},
): string {
  root = root.endsWith('/') ? root : `${root}/`;
  const base = new URL(root).pathname;
  const pageUrl = `${root}event/${event.id}/`;
  const cardUrl = `${pageUrl}card.png`;
  const appUrl = `${base}?event=${encodeURIComponent(event.id)}`;
  const description = `${event.dateLabel}, ${placeLabel(event, english)}. ${event.summary}`;
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `    <meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const sources = event.sources
    .map((source) => {
      const title = escapeHtml(source.title);
      // the page is English; a title in another language says which
      const lang = source.lang ? ` lang="${escapeHtml(source.lang)}"` : '';
      const linked = source.url
        ? `<a href="${escapeHtml(source.url)}" rel="external noopener"${lang}>${title}</a>`
        : `<span${lang}>${title}</span>`;
      return `        <li>${linked} <small>${escapeHtml(sourceByline(source, english))}</small></li>`;
    })
    .join('\n');
  const neighbour = (rel: 'prev' | 'next', other: ChronologyEvent | undefined) =>
    other
      ? `<a rel="${rel}" href="${escapeHtml(`${base}event/${other.id}/`)}">${rel === 'prev' ? '← Previous' : 'Next →'}<span>${escapeHtml(other.title)}</span></a>`
      : '<span></span>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(event.title)} — ${escapeHtml(APP_TITLE)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="canonical" href="${escapeHtml(pageUrl)}" />
    <link rel="icon" href="${escapeHtml(base)}favicon.svg" type="image/svg+xml" />
    ${oembedLink(`${pageUrl}oembed.json`, event.title, escapeHtml)}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', APP_TITLE)}
${meta('property', 'og:title', event.title)}
${meta('property', 'og:description', description)}
${meta('property', 'og:url', pageUrl)}
${meta('property', 'og:image', cardUrl)}
${meta('property', 'og:image:width', '1200')}
${meta('property', 'og:image:height', '630')}
${meta('property', 'og:image:alt', `${event.title}, ${event.dateLabel}`)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', event.title)}
${meta('name', 'twitter:description', description)}
${meta('name', 'twitter:image', cardUrl)}
${citationMeta(event, pageUrl, APP_TITLE)
  .map(([name, content]) => meta('name', name, content))
  .join('\n')}
    ${jsonLdScript(eventJsonLd(event, pageUrl, cardUrl))}
    <style>
${sharePageStyle()}
    </style>
  </head>
  <body>
    <header><a href="${escapeHtml(base)}">${escapeHtml(APP_TITLE)}</a></header>
    <main>
      <p class="series">${escapeHtml(event.series.label)}</p>
      <h1>${escapeHtml(event.title)}</h1>
      <dl>
        <dt>Date</dt><dd><time datetime="${event.start}">${escapeHtml(event.dateLabel)}</time></dd>
        <dt>Place</dt><dd>${escapeHtml(placeLabel(event, english))}</dd>
        <dt>Participating states</dt><dd>${escapeHtml(participantsLabel(event, english))}</dd>
        <dt>Reliability</dt><dd>${escapeHtml(reliabilityLabel(event.confidence, english))}</dd>
      </dl>
      <p>${escapeHtml(event.summary)}</p>
      <p><a class="open" href="${escapeHtml(appUrl)}">Open in the interactive timeline</a></p>
      <h2>Sources</h2>
      <ol>
${sources}
      </ol>
${event.notes ? `      <h2>Notes on the sources</h2>\n      <p>${escapeHtml(event.notes)}</p>\n` : ''}    </main>
    <nav aria-label="Other events">${neighbour('prev', neighbours.previous)}${neighbour('next', neighbours.next)}</nav>
    <footer><small>Permanent id: <code>${escapeHtml(event.id)}</code> · ${escapeHtml(APP_TITLE)}</small></footer>
  </body>
</html>
`;
}

export function aliasPage(oldId: string, event: ChronologyEvent, root: string): string {
  root = root.endsWith('/') ? root : `${root}/`;
  const path = `${new URL(root).pathname}event/${event.id}/`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(event.title)}</title>
    <link rel="canonical" href="${escapeHtml(`${root}event/${event.id}/`)}" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(path)}" />
  </head>
  <body>
    <p>The event <code>${escapeHtml(oldId)}</code> is now
      <a href="${escapeHtml(path)}">${escapeHtml(event.title)}</a>.</p>
  </body>
</html>
`;
}

/** The app's page with the link to the whole chronology's oEmbed file, before its </head>. */
export function withRootOembedLink(indexHtml: string, root: string): string {
  if (!indexHtml.includes('</head>'))
    throw new Error('index.html: no </head> to link oEmbed before');
  const link = oembedLink(`${root}oembed.json`, APP_TITLE, escapeHtml);
  // written again by a second run over the same build: one link, to this root
  const without = indexHtml.replace(
    /<link rel="alternate" type="application\/json\+oembed"[^>]*>\n */g,
    '',
  );
  return without.replace('</head>', `${link}\n  </head>`);
}

function writeAtomic(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function main() {
  const out = readOutDir();
  const root = siteRoot(readSiteUrl(), readBasePath());
  const chronology = decodeChronology(
    JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8')),
  );
  rmSync(join(out, 'event'), { recursive: true, force: true });
  const site = new URL(root).host;
  const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
  const { events } = chronology;
  events.forEach((event, i) => {
    const dir = join(out, 'event', event.id);
    const pageUrl = `${root}event/${event.id}/`;
    const neighbours = { previous: events[i - 1], next: events[i + 1] };
    writeAtomic(join(dir, 'index.html'), sharePage(event, root, neighbours));
    writeAtomic(join(dir, 'card.png'), renderCard(eventCardText(event), site));
    const oembed = oembedFor(root, event.title, APP_TITLE, `${pageUrl}card.png`, event.id);
    writeAtomic(join(dir, 'oembed.json'), json(oembed));
  });
  for (const [oldId, newId] of chronology.aliases) {
    const event = events.find((item) => item.id === newId)!;
    writeAtomic(join(out, 'event', oldId, 'index.html'), aliasPage(oldId, event, root));
  }
  const [first, last] = [events[0]!, events[events.length - 1]!];
  const siteCard = {
    kicker: 'An interactive, sourced chronology',
    title: APP_TITLE,
    line: `${events.length} events, ${first.start.slice(0, 4)}–${last.start.slice(0, 4)}`,
  };
  writeAtomic(join(out, 'card.png'), renderCard(siteCard, site));
  writeAtomic(
    join(out, 'oembed.json'),
    json(oembedFor(root, APP_TITLE, APP_TITLE, `${root}card.png`)),
  );
  const index = join(out, 'index.html');
  writeAtomic(index, withRootOembedLink(readFileSync(index, 'utf8'), root));
  writeAtomic(
    join(out, 'sitemap.xml'),
    sitemapXml(
      root,
      events.map((event) => event.id),
    ),
  );
  console.log(
    `share pages: ${events.length} events, ${chronology.aliases.size} renamed, oEmbed, sitemap → ${out}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
