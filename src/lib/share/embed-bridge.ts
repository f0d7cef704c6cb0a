/**
 * The messages an embedded chronology exchanges with the page around it: it tells the host which
 * event is selected, and selects the event the host names; it reports its height (ours for
 * embed.js, AMP's for amp-iframe) and passes on the keys of a presentation clicker. Anything else
 * is ignored.
 */
import { EVENT_ID } from '../chronology/ids.ts';

export const SELECT_MESSAGE = 'chronology:select';

export interface SelectMessage {
  type: typeof SELECT_MESSAGE;
  id: string;
}

/** The event id of a well-formed select message, or undefined for any other data. */
export function readSelectMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id } = data as Record<string, unknown>;
  if (type !== SELECT_MESSAGE || typeof id !== 'string' || id.length > 120 || !EVENT_ID.test(id)) {
    return undefined;
  }
  return id;
}

export function selectMessage(id: string): SelectMessage {
  return { type: SELECT_MESSAGE, id };
}

export const RESIZE_MESSAGE = 'chronology:resize';
export const KEY_MESSAGE = 'chronology:key';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/** What amp-iframe reads to resize a `resizable` frame. */
export interface AmpResizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The messages telling a host page how tall the embed's content is, in CSS pixels. */
export function resizeMessages(height: number): [ResizeMessage, AmpResizeMessage] {
  return [
    { type: RESIZE_MESSAGE, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** The keys a presentation clicker sends, which a slide deck around the embed should receive. */
export type DeckKey = 'PageUp' | 'PageDown';

export interface KeyMessage {
  type: typeof KEY_MESSAGE;
  key: DeckKey;
}

/** The clicker key a keydown is, or undefined for any other key (or one with a modifier). */
export function deckKeyOf(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): DeckKey | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return event.key === 'PageUp' || event.key === 'PageDown' ? event.key : undefined;
}

export function keyMessage(key: DeckKey): KeyMessage {
  return { type: KEY_MESSAGE, key };
}
