import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSelectMessage, selectMessage } from './embed-bridge.ts';

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
