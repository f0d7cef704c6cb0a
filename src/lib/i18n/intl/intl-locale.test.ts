import { describe, expect, it } from 'vitest';
import { intlLocale } from './intl-locale.ts';
import { LANGUAGES } from '../languages.ts';
import { dateRangeParts, joinParts } from './date-parts.ts';

describe('intlLocale', () => {
  it('writes Thai years as the sources do, 2023 and not the Buddhist-era 2566', () => {
    const written = joinParts(dateRangeParts(intlLocale('th'), { year: 2023, month: 12, day: 6 }));
    expect(written).toContain('2023');
    expect(written).not.toContain(String(2023 + 543));
  });

  it('asks Intl for every other language by its own tag', () => {
    for (const lang of LANGUAGES.filter((each) => each !== 'th')) {
      expect(intlLocale(lang)).toBe(lang);
    }
  });
});
