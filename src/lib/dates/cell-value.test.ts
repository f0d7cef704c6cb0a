import { describe, expect, it } from 'vitest';
import { isBlank, quotedValue } from './cell-value.ts';

describe('a value from a cell', () => {
  it('is blank when missing or only spaces, never when it holds a number or an object', () => {
    expect([undefined, null, '', '  \t'].every(isBlank)).toBe(true);
    expect([0, '0', ' x ', {}, []].some(isBlank)).toBe(false);
  });

  it('is quoted short, and a nested value is named rather than written out', () => {
    expect(quotedValue('  2023 ')).toBe('2023');
    expect(quotedValue('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(quotedValue(deep)).toBe('a list');
    expect(quotedValue({ year: 1 })).toBe('an object');
    expect(quotedValue(true)).toBe('true');
  });
});
