import { describe, expect, it } from 'vitest';
import { glyphFor, MIN_MARK_WIDTH } from './glyph.ts';
import { baseScale } from '../timescale/scale.ts';
import { makeEvent } from '../../../tests/unit/made-events.ts';

// 2003–2023 over 2100 px: about 100 px a year, 8 px a month, 0.27 px a day
const scale = baseScale([Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)], 2100);

describe('glyphFor', () => {
  it('draws a day-precise event as a sharp mark of at least the minimum width, on its day', () => {
    const glyph = glyphFor(makeEvent('d', '2023-12-06'), scale);
    expect(glyph.style).toBe('sharp');
    expect(glyph.x1 - glyph.x0).toBe(MIN_MARK_WIDTH);
    const day = (scale(Date.UTC(2023, 11, 6)) + scale(Date.UTC(2023, 11, 7))) / 2;
    expect((glyph.x0 + glyph.x1) / 2).toBeCloseTo(day, 6);
  });

  it('spans a month-precise event across its whole month', () => {
    const glyph = glyphFor(makeEvent('m', '2009-05'), scale);
    expect(glyph.style).toBe('span');
    expect(glyph.x0).toBeCloseTo(scale(Date.UTC(2009, 4, 1)) + 1, 6);
    expect(glyph.x1).toBeCloseTo(scale(Date.UTC(2009, 5, 1)) - 1, 6);
  });

  it('spans a year-precise event across its year', () => {
    const glyph = glyphFor(makeEvent('y', '2018'), scale);
    expect(glyph.x1 - glyph.x0 + 2).toBeCloseTo(100, 0);
  });

  it('marks uncertain and online events as such', () => {
    expect(
      glyphFor(makeEvent('u', '2011-05-31', { confidence: 'uncertain' }), scale).uncertain,
    ).toBe(true);
    expect(glyphFor(makeEvent('o', '2020-11-26', { online: true }), scale).online).toBe(true);
    expect(glyphFor(makeEvent('c', '2020-11-26'), scale)).toMatchObject({
      uncertain: false,
      online: false,
    });
  });
});
