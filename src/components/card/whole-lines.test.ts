import { describe, expect, it } from 'vitest';
import { wholeLines } from './whole-lines.ts';

describe('wholeLines', () => {
  it.each([
    { name: 'counts the lines that fit whole', available: 100, lineHeight: 24, lines: 4 },
    { name: 'leaves out a line that would be cut', available: 119, lineHeight: 24, lines: 4 },
    { name: 'keeps a line that measures a hair short', available: 119.7, lineHeight: 24, lines: 5 },
    { name: 'fits none in less than a line', available: 20, lineHeight: 24, lines: 0 },
    { name: 'fits none in no space', available: 0, lineHeight: 24, lines: 0 },
    {
      name: 'fits none when the line height is unknown',
      available: 100,
      lineHeight: NaN,
      lines: 0,
    },
  ])('$name', ({ available, lineHeight, lines }) => {
    expect(wholeLines(available, lineHeight)).toBe(lines);
  });
});
