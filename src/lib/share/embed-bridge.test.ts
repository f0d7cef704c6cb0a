import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deckKeyOf,
  keyMessage,
  readSelectMessage,
  resizeMessages,
  selectMessage,
} from './embed-bridge.ts';

describe('embed messages', () => {
  it('reads the id of a select message', () => {
    expect(readSelectMessage(selectMessage('2023-12-06-pgc-13-hanoi'))).toBe(
      '2023-12-06-pgc-13-hanoi',
    );
  });

  it.each([
    null,
    'chronology:select',
    { type: 'chronology:select' },
    { type: 'chronology:select', id: 42 },
    { type: 'chronology:select', id: '<img src=x onerror=alert(1)>' },
    { type: 'other', id: 'a' },
    [{ type: 'chronology:select', id: 'a' }],
  ])('ignores %j', (data) => {
    expect(readSelectMessage(data)).toBeUndefined();
  });

  it('never throws on anything a page might post', () => {
    fc.assert(fc.property(fc.anything(), (data) => void readSelectMessage(data)));
  });
});

describe('what an embed tells its host page', () => {
  it('reports its height in our message and in the one amp-iframe reads', () => {
    expect(resizeMessages(412)).toEqual([
      { type: 'chronology:resize', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
    ]);
  });

  const press = (
    key: string,
    modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('passes on PageUp and PageDown, what a presentation clicker sends', () => {
    expect(deckKeyOf(press('PageDown'))).toBe('PageDown');
    expect(deckKeyOf(press('PageUp'))).toBe('PageUp');
    expect(keyMessage('PageDown')).toEqual({ type: 'chronology:key', key: 'PageDown' });
  });

  it('keeps every other key, and PageUp or PageDown with a modifier, to itself', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Enter', 'Home', 'End'])
      expect(deckKeyOf(press(key)), key).toBeUndefined();
    expect(deckKeyOf(press('PageDown', { ctrlKey: true }))).toBeUndefined();
    expect(deckKeyOf(press('PageUp', { shiftKey: true }))).toBeUndefined();
  });
});
