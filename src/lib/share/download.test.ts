import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { eventsJson } from './download.ts';

describe('eventsJson', () => {
  it('writes the CSV columns as JSON records with lists and numbers', () => {
    const records = JSON.parse(eventsJson(sampleChronology().events)) as Record<string, unknown>[];
    expect(records).toHaveLength(3);
    expect(records[2]).toEqual({
      id: '2023-12-06-pgc-13-hanoi',
      title: '13th Prosecutors-General Conference, "high-tech crime", Hanoi',
      start: '2023-12-06',
      end: null,
      precision: 'day',
      city: 'Hanoi',
      country: 'VNM',
      lat: 21.0285,
      lon: 105.8542,
      participants: ['CHN', 'VNM'],
      series: 'pgc',
      sources: [
        'Report on the 13th conference, with a comma',
        'https://en.spp.gov.cn/2023-12/06/c_950761.htm',
      ],
    });
    expect(records[1]).toMatchObject({ city: 'online', country: null, lat: null });
  });
});
