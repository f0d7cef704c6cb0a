/**
 * oEmbed (https://oembed.com): the static JSON a CMS fetches to embed a share page's event, or the
 * whole chronology from the site's root, found through the page's
 * `<link rel="alternate" type="application/json+oembed">`.
 */
import { embedCode, RESPONSIVE_START_HEIGHT } from '../src/lib/share/embed-code.ts';
import { encodeViewState, EMPTY_VIEW } from '../src/lib/url/view-state.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './share-card.ts';

export const OEMBED_WIDTH = 800;

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * `root`: the site's absolute root address (ending in a slash); `eventId`: the event to embed, or
 * none for the whole chronology; `thumbnailUrl`: its 1200×630 card.
 */
export function oembedFor(
  root: string,
  title: string,
  providerName: string,
  thumbnailUrl: string,
  eventId?: string,
): OEmbed {
  const src =
    root + encodeViewState({ ...EMPTY_VIEW, event: eventId, embed: true, autosize: true });
  return {
    version: '1.0',
    type: 'rich',
    html: embedCode(src, title, { kind: 'responsive' }, `${root}embed.js`),
    width: OEMBED_WIDTH,
    height: RESPONSIVE_START_HEIGHT,
    title,
    provider_name: providerName,
    provider_url: root,
    thumbnail_url: thumbnailUrl,
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  };
}

/** The discovery link a page carries in its head. */
export function oembedLink(href: string, title: string, escape: (text: string) => string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escape(href)}" title="${escape(title)}" />`;
}
