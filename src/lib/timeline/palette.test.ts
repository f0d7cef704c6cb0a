import { describe, expect, it } from 'vitest';
import { INK, seriesColor, textOn } from './palette.ts';

describe('palette', () => {
  it('gives our series their own colours and imported groups distinct ones', () => {
    expect(seriesColor('pgc', 5)).toBe('#0b4f6c');
    expect(seriesColor('group a', 0)).not.toBe(seriesColor('group b', 1));
  });

  it('writes white on dark fills and ink on light ones', () => {
    expect(textOn('#0b4f6c')).toBe('#ffffff');
    expect(textOn('#edc948')).toBe(INK);
  });
});
