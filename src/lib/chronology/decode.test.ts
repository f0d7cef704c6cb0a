import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../tests/unit/sample-chronology.ts';
import { decodeChronology, DatasetError } from './decode.ts';
import { loadChronology } from './load.ts';

describe('decodeChronology', () => {
  it('resolves places, states, series and sources and measures dates', () => {
    const hanoi = decodeChronology(sampleDataset()).events.find((event) =>
      event.id.endsWith('hanoi'),
    )!;
    expect(hanoi.place?.city).toBe('Hanoi');
    expect(hanoi.country?.name).toBe('Viet Nam');
    expect(hanoi.participants.map((state) => state.code)).toEqual(['CHN', 'VNM']);
    expect(hanoi.sources).toHaveLength(2);
    expect(hanoi.dateLabel).toBe('6 December 2023');
    expect(hanoi.endMs - hanoi.startMs).toBe(24 * 3600 * 1000);
  });

  it('maps renamed ids to the events they now name', () => {
    expect(decodeChronology(sampleDataset()).aliases.get('2023-12-06-pgc-13-ha-noi')).toBe(
      '2023-12-06-pgc-13-hanoi',
    );
  });

  it('reads the reliability an earlier file wrote as one public source', () => {
    const dataset = sampleDataset();
    const earlier = dataset.events.map((event) => ({ ...event, confidence: 'seed-only' }));
    const events = decodeChronology({ ...dataset, events: earlier }).events;
    expect(events.map((event) => event.confidence)).toEqual(events.map(() => 'single-source'));
  });

  it('rejects a file of another version', () => {
    expect(() => decodeChronology({ version: 99 })).toThrow(DatasetError);
    expect(() => decodeChronology(null)).toThrow(/not a version 2 chronology dataset/);
  });

  it('gives each series the colour the dataset gives it', () => {
    const chronology = decodeChronology(sampleDataset());
    expect(chronology.series.map(({ key, color }) => [key, color])).toEqual(
      sampleDataset().series.map(([key, , , color]) => [key, color]),
    );
    expect(chronology.events[0]!.series.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names the series whose colour is not #rrggbb', () => {
    const dataset = sampleDataset();
    dataset.series[0]![3] = 'teal';
    expect(() => decodeChronology(dataset)).toThrow(/series \w+: colour "teal" is not #rrggbb/);
  });

  it('gives the translations of an event and a series, and none where the file has none', () => {
    const dataset = sampleDataset();
    const hanoi = dataset.events.find((event) => event.id.endsWith('hanoi'))!;
    hanoi.translations = { vi: { title: 'Hội nghị lần thứ 13', summary: 'Một ngày.' } };
    const [key, label, description, color] = dataset.series[0]!;
    dataset.series[0] = [key, label, description, color, { th: { label: 'ก', description: 'ข' } }];
    const chronology = decodeChronology(dataset);
    const decoded = chronology.events.find((event) => event.id === hanoi.id)!;
    expect(decoded.translations).toEqual(hanoi.translations);
    expect(chronology.series[0]!.translations).toEqual({ th: { label: 'ก', description: 'ข' } });
    expect(chronology.events.filter((event) => event.translations)).toHaveLength(1);
    expect(chronology.series.filter((series) => series.translations)).toHaveLength(1);
  });

  it('names the event whose translation lacks a text', () => {
    const dataset = sampleDataset();
    dataset.events[0]!.translations = { vi: { title: 'Hội nghị' } as never };
    expect(() => decodeChronology(dataset)).toThrow(
      /event 2008-aseanapol-brunei: translation vi has no summary/,
    );
  });

  it('names the event whose reference is broken', () => {
    const dataset = sampleDataset();
    dataset.events[0]!.sources = [42];
    expect(() => decodeChronology(dataset)).toThrow(/event 2008-aseanapol-brunei: source #42/);
  });
});

describe('loadChronology', () => {
  const respond = (body: string, status = 200) =>
    (async () => new Response(body, { status })) as typeof fetch;

  it('loads a good file', async () => {
    const chronology = await loadChronology('x.json', respond(JSON.stringify(sampleDataset())));
    expect(chronology.events).toHaveLength(3);
  });

  it.each([
    ['a missing file', respond('nope', 404), /HTTP 404/],
    ['a file that is not JSON', respond('<html>'), /not valid JSON/],
    ['a damaged file', respond('{"version":2,"states":[]}'), /is damaged/],
    [
      'a network failure',
      (async () => {
        throw new TypeError('offline');
      }) as typeof fetch,
      /could not be downloaded/,
    ],
  ])('explains %s in one sentence', async (_name, fetchImpl, message) => {
    await expect(loadChronology('data/events.json', fetchImpl)).rejects.toThrow(message);
  });

  it.each([
    ['a missing file', respond('nope', 404), 'loadErrors.http'],
    ['a file that is not JSON', respond('<html>'), 'loadErrors.notJson'],
    ['a damaged file', respond('{"version":2,"states":[]}'), 'loadErrors.damaged'],
  ])(
    'gives the page %s as a message to say in the reader’s language',
    async (_, fetchImpl, key) => {
      const error: unknown = await loadChronology('data/events.json', fetchImpl).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).said).toMatchObject({
        key,
        params: { url: 'data/events.json' },
      });
    },
  );
});
