/**
 * The messages an embedded chronology exchanges with the page around it: it tells the host which
 * event is selected, and selects the event the host names. Anything else is ignored.
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
