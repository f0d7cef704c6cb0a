import { describe, expect, it } from 'vitest';
import { countryOfNumeric, findCountry } from './country-codes.ts';

describe('findCountry', () => {
  it.each([
    ['VN', 'VNM'],
    ['vnm', 'VNM'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['TH', 'THA'],
    ['Lao PDR', 'LAO'],
    ['United States', 'USA'],
    ['US', 'USA'],
    ['FRA', 'FRA'],
    ['  germany ', 'DEU'],
    ["Côte d'Ivoire", 'CIV'],
    ['Cote d’Ivoire', 'CIV'],
    ['Türkiye', 'TUR'],
    ['Republic of Korea', 'KOR'],
    ['BR', 'BRA'],
  ])('finds %j as %s', (text, alpha3) => {
    expect(findCountry(text)?.alpha3).toBe(alpha3);
  });

  it.each(['Congo', 'Atlantis', 'XX', 'ZZZ', ''])('finds no one country for %j', (text) => {
    expect(findCountry(text)).toBeUndefined();
  });

  it('gives the English name for a code', () => {
    expect(findCountry('TH')!.name).toBe('Thailand');
  });
});

describe('countryOfNumeric', () => {
  it('reads the ISO numeric ids Natural Earth gives its shapes', () => {
    expect(countryOfNumeric('704')?.alpha3).toBe('VNM');
    expect(countryOfNumeric('840')?.alpha3).toBe('USA');
    expect(countryOfNumeric('036')?.alpha3).toBe('AUS');
    expect(countryOfNumeric('999')).toBeUndefined();
  });
});
