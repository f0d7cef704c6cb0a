import { describe, expect, it } from 'vitest';
import { pictureFills } from './picture-fill.ts';

const theme = {
  mapLand: '#f4f2ec',
  mapParticipant: '#d9822b',
  mapCountLow: '#000000',
  mapCountHigh: '#ffffff',
};

describe('the picture’s state colours', () => {
  it('colours the selected event’s participants and leaves the others as land', () => {
    const fills = pictureFills(['VNM', 'THA'], new Set(['VNM']), new Map(), theme);
    expect(fills.get('VNM')).toBe('#d9822b');
    expect(fills.get('THA')).toBe('#f4f2ec');
  });

  it('shades by counts from the low colour to the high one, and a state with none is land', () => {
    const counts = new Map([
      ['VNM', 10],
      ['THA', 1],
    ]);
    const fills = pictureFills(['VNM', 'THA', 'LAO'], undefined, counts, theme);
    expect(fills.get('VNM')).toBe('rgb(255, 255, 255)');
    // the least active state that took part at all is 0.15 of the way
    expect(fills.get('THA')).toBe('rgb(38, 38, 38)');
    expect(fills.get('LAO')).toBe('#f4f2ec');
  });
});
