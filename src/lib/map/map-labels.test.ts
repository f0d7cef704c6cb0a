import { english } from '../i18n/english.ts';
import { describe, expect, it } from 'vitest';
import { cityLabels, countryLabels } from './map-labels.ts';

describe('cityLabels', () => {
  it('names each city with its count for a screen reader', () => {
    const [label] = cityLabels(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [105.85, 21.03] },
            properties: { key: 'hanoi', city: 'Hanoi', count: 1, selected: 0 },
          },
        ],
      },
      english,
    );
    expect(label).toMatchObject({ key: 'hanoi', kind: 'city', text: 'Hanoi', count: 1 });
    expect(label!.lngLat).toEqual([105.85, 21.03]);
    expect(label!.description).toBe('Hanoi: 1 event in view. Show only the events held here');
  });
});

describe('countryLabels', () => {
  it('names each of the chronology’s states once, where a shape gives a label point', () => {
    const labels = countryLabels(
      [
        { code: 'VNM', name: 'Viet Nam' },
        { code: 'CHN', name: 'China' },
      ],
      [
        { properties: { code: 'VNM', label: [106, 16] } },
        { properties: { code: 'VNM', label: [107, 10] } },
        { properties: { code: 'FRA', label: [2, 46] } },
        { properties: { code: 'CHN' } },
        { properties: null },
      ],
    );
    expect(labels).toEqual([
      { key: 'VNM', kind: 'country', text: 'Viet Nam', lngLat: [106, 16], count: -1 },
    ]);
  });
});
