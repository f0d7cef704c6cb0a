import { describe, expect, it } from 'vitest';
import { compileBasemap, compileWorldBasemap } from './compile-basemap.ts';

describe('the basemaps', () => {
  const region = compileBasemap();
  const world = compileWorldBasemap();
  const names = (map: typeof region) => map.features.map((feature) => feature.properties.name);

  it('has our region in detail, Singapore included, with the codes our states use', () => {
    expect(names(region)).toEqual(expect.arrayContaining(['Singapore', 'Vietnam', 'China']));
    expect(names(region)).not.toContain('Italy');
    const codes = region.features.map((feature) => feature.properties.code);
    for (const code of ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM']) {
      expect(codes).toContain(code);
    }
  });

  it('has the whole world, coarser, for chronologies elsewhere', () => {
    expect(names(world)).toEqual(
      expect.arrayContaining([
        'Italy',
        'Greece',
        'United States of America',
        'Australia',
        'Brazil',
      ]),
    );
    expect(world.features.length).toBeGreaterThan(150);
    // a country's name goes inside it: Italy's on the peninsula
    const italy = world.features.find((feature) => feature.properties.name === 'Italy')!;
    const [lon, lat] = italy.properties.label;
    expect(lon).toBeGreaterThan(8);
    expect(lon).toBeLessThan(18);
    expect(lat).toBeGreaterThan(37);
    expect(lat).toBeLessThan(46);
  });

  it('gives every country of the world its alpha-3 code, so any chronology can shade it', () => {
    const codes = new Map(
      world.features.map((feature) => [feature.properties.name, feature.properties.code]),
    );
    expect(codes.get('United States of America')).toBe('USA');
    expect(codes.get('France')).toBe('FRA');
    expect(codes.get('Brazil')).toBe('BRA');
    expect(codes.get('Kosovo')).toBe('XKK');
    const uncoded = world.features.filter((feature) => feature.properties.code === '');
    // only the few territories ISO 3166-1 has no code for
    expect(uncoded.map((feature) => feature.properties.name).sort()).toEqual([
      'N. Cyprus',
      'Somaliland',
    ]);
    expect(new Set(codes.values()).size).toBe(world.features.length - uncoded.length + 1);
  });

  it('rounds coordinates, to keep the files small', () => {
    const digits = (map: typeof region) =>
      Math.max(
        ...JSON.stringify(map.features.map((feature) => feature.geometry))
          .match(/\.\d+/g)!
          .map((fraction) => fraction.length - 1),
      );
    expect(digits(region)).toBe(3);
    expect(digits(world)).toBe(2);
  });
});
