/**
 * The timeline's keyboard cursor: which event an arrow, Page, Home or End key moves it to, in the
 * chronology's one order, and what is announced when it gets there.
 */
import type { Translate } from '../i18n/translate.ts';
import { placeLabel } from '../chronology/describe.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { nextPosition, type TimelineCommand } from './keyboard.ts';

type CursorCommand = Extract<TimelineCommand, { type: 'move' | 'first' | 'last' }>;

/**
 * The position in `order` the cursor moves to, or -1. With no cursor yet, moving starts from the
 * first event still in view at `visibleFrom`.
 */
export function cursorTarget(
  order: readonly ChronologyEvent[],
  activeId: string | undefined,
  command: CursorCommand,
  visibleFrom: number,
): number {
  if (order.length === 0) return -1;
  switch (command.type) {
    case 'first':
      return 0;
    case 'last':
      return order.length - 1;
    case 'move': {
      const current = activeId ? order.findIndex((event) => event.id === activeId) : -1;
      const firstInView = order.findIndex((event) => event.endMs > visibleFrom);
      return nextPosition(current, command.by, order.length, Math.max(0, firstInView));
    }
  }
}

/** What a screen reader hears when the cursor reaches an event. */
export function cursorAnnouncement(
  event: ChronologyEvent,
  position: number,
  total: number,
  t: Translate,
) {
  return t('timeline.cursor', {
    title: event.title,
    date: event.dateLabel,
    place: placeLabel(event, t),
    position: position + 1,
    count: total,
  });
}

/** What a key asks of the timeline, worked out from where the cursor and the view are. */
export type KeyAction =
  | { type: 'zoom'; factor: number; x: number }
  | { type: 'fit' }
  | { type: 'open'; id: string }
  /** the cursor moves to `target`; `centre`: it is out of view, so the view follows */
  | { type: 'cursor'; target: ChronologyEvent; announcement: string; centre: boolean };

export function keyAction(
  command: TimelineCommand,
  view: {
    order: readonly ChronologyEvent[];
    activeId: string | undefined;
    scale: (ms: number) => number;
    width: number;
    visibleFrom: number;
    /** says the announcement in the interface's language */
    t: Translate;
  },
): KeyAction | undefined {
  const { order, activeId, scale, width } = view;
  switch (command.type) {
    case 'zoom': {
      // around the cursor's event when there is one, else around the middle
      const active = order.find((item) => item.id === activeId);
      const x = active ? scale(active.startMs) : width / 2;
      return { type: 'zoom', factor: command.factor, x: Math.min(width, Math.max(0, x)) };
    }
    case 'fit':
      return { type: 'fit' };
    case 'open':
      return activeId ? { type: 'open', id: activeId } : undefined;
  }
  const position = cursorTarget(order, activeId, command, view.visibleFrom);
  const target = order[position];
  if (!target) return undefined;
  const announcement = cursorAnnouncement(target, position, order.length, view.t);
  const centre = scale(target.endMs) < 0 || scale(target.startMs) > width;
  return { type: 'cursor', target, announcement, centre };
}
