import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDataset } from './compile-data.ts';

const VALID = join(import.meta.dirname, '../tests/fixtures/data-valid');
const made: string[] = [];

/** A copy of the small valid dataset with one file edited. */
function fixtureWith(file?: string, edit?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronology-data-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  if (file && edit) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  const result = compileDataset(dir);
  return result.ok ? [] : result.problems;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compileDataset', () => {
  it('compiles the valid fixture with places, states and sources stored once', () => {
    const result = compileDataset(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((event) => event.id)).toEqual([
      '2008-aseanapol-brunei',
      '2021-04-arf-webinar',
      '2023-12-06-pgc-13-hanoi',
    ]);
    const hanoi = result.dataset.events[2]!;
    expect(result.dataset.places[hanoi.place!]![1]).toBe('Hanoi');
    expect(hanoi.participants.map((index) => result.dataset.states[index]![0])).toEqual([
      'CHN',
      'VNM',
    ]);
    expect(result.dataset.events[1]).toMatchObject({ online: true, start: '2021-04' });
    expect(result.dataset.aliases).toEqual([['2023-12-06-pgc-13-ha-noi', 2]]);
  });

  it('keeps the file names of the source texts out of the compiled dataset', () => {
    const result = compileDataset(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.sources[0]).toEqual({
      title: 'Report on the 13th conference, with a comma',
      publisher: 'Vietnam News Agency',
      date: '2023-12-06',
    });
    expect(result.json + result.csv).not.toMatch(/textFile|002_example/);
  });

  it('gives the same bytes for the same input', () => {
    const first = compileDataset(VALID);
    const second = compileDataset(fixtureWith());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.json).toBe(first.json);
    expect(second.csv).toBe(first.csv);
  });

  it('writes events.csv so that a title starting like a formula shows as text', () => {
    const dir = fixtureWith('events.yaml', (t) =>
      t.replace('title: ARF webinar', 'title: \'=HYPERLINK("https://evil.example")\''),
    );
    const result = compileDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.csv).toContain(`2021-04-arf-webinar,"'=HYPERLINK(""https://evil.example"")",`);
  });

  const HANOI = 'record "2023-12-06-pgc-13-hanoi"';
  const WEBINAR = 'record "2021-04-arf-webinar"';
  it.each([
    [
      'an unknown place',
      'events.yaml',
      (t: string) => t.replace('place: hanoi', 'place: hanoy'),
      `${HANOI}, field "place": unknown place "hanoy"`,
    ],
    [
      'an unknown state',
      'events.yaml',
      (t: string) => t.replace('[CHN, VNM]', '[CHN, XYZ]'),
      `${HANOI}, field "participants.1": unknown state "XYZ"`,
    ],
    [
      'an unknown source',
      'events.yaml',
      (t: string) => t.replace('[vna-hanoi, spp-2023]', '[vna-hanoi, nowhere]'),
      `${HANOI}, field "sources.1": unknown source "nowhere"`,
    ],
    [
      'an unknown series',
      'events.yaml',
      (t: string) => t.replace('series: pgc', 'series: pcg'),
      `${HANOI}, field "series": unknown series "pcg"`,
    ],
    [
      'a malformed date',
      'events.yaml',
      (t: string) => t.replace("'2023-12-06'", "'2023-12-6'"),
      `${HANOI}, field "start": "2023-12-6" is not a real date`,
    ],
    [
      'a date that does not exist',
      'events.yaml',
      (t: string) => t.replace("'2023-12-06'", "'2023-02-30'"),
      `${HANOI}, field "start": "2023-02-30" is not a real date`,
    ],
    [
      'a date that does not match its precision',
      'events.yaml',
      (t: string) => t.replace("'2023-12-06'", "'2023-12'"),
      `${HANOI}, field "start": "2023-12" does not match precision "day"`,
    ],
    [
      'an end before its start',
      'events.yaml',
      (t: string) => t.replace("end: '2021-05'", "end: '2021-03'"),
      `${WEBINAR}, field "end": "2021-03" is not after start "2021-04"`,
    ],
    [
      'a date after the chronology',
      'events.yaml',
      (t: string) => t.replace("'2023-12-06'", "'2024-01-02'"),
      `${HANOI.replace('2023-12-06-pgc-13-hanoi', '2023-12-06-pgc-13-hanoi')}, field "start": "2024-01-02" is outside 2003-01-01..2023-12-31`,
    ],
    [
      'a date before the chronology',
      'events.yaml',
      (t: string) => t.replace("start: '2008'", "start: '2002'"),
      'record "2008-aseanapol-brunei", field "start": "2002" is outside 2003-01-01..2023-12-31',
    ],
    [
      'a duplicate id',
      'events.yaml',
      (t: string) => t.replace('id: 2008-aseanapol-brunei', 'id: 2021-04-arf-webinar'),
      `${WEBINAR}, field "id": duplicate id "2021-04-arf-webinar" (also record #2)`,
    ],
    [
      'an id that is not a slug',
      'events.yaml',
      (t: string) => t.replace('id: 2021-04-arf-webinar', 'id: ARF Webinar 2021'),
      'record "ARF Webinar 2021", field "id": must be a slug',
    ],
    [
      'an event with no source',
      'events.yaml',
      (t: string) => t.replace('sources: [spp-2023]', 'sources: []'),
      `${WEBINAR}, field "sources": an event needs at least one source`,
    ],
    [
      'a missing required field',
      'events.yaml',
      (t: string) => t.replace('  summary: Online.\n', ''),
      `${WEBINAR}, field "summary": required field is missing`,
    ],
    [
      'an unknown field (a typo)',
      'events.yaml',
      (t: string) => t.replace('  summary: Online.', '  sumary: Online.'),
      `${WEBINAR}: `,
    ],
    [
      'a place in an unknown state',
      'places.yaml',
      (t: string) => t.replace('country: VNM', 'country: VNN'),
      'places.yaml:1: record "hanoi", field "country": unknown state "VNN"',
    ],
    [
      'a duplicate source key',
      'sources.yaml',
      (t: string) => t.replace('key: spp-2023', 'key: vna-hanoi'),
      'sources.yaml:6: record "vna-hanoi", field "key": duplicate key "vna-hanoi"',
    ],
    [
      'a summary that names a source text by its file',
      'events.yaml',
      (t: string) => t.replace('summary: A one-day conference.', 'summary: See 002_example.'),
      `${HANOI}, field "summary": readers would see "002_example"`,
    ],
    [
      'a note in our working words',
      'events.yaml',
      (t: string) => t.replace('notes: Two days.', 'notes: Trap - two days.'),
      `${WEBINAR}, field "notes": readers would see "Trap"`,
    ],
    [
      'a series without a colour',
      'series.yaml',
      (t: string) => t.replace("  color: '#b1224b'\n", ''),
      'series.yaml:5: record "arf", field "color": required field is missing',
    ],
    [
      'a series colour left unquoted (YAML reads it as a comment)',
      'series.yaml',
      (t: string) => t.replace("color: '#b1224b'", 'color: #b1224b'),
      `series.yaml:5: record "arf", field "color": is empty: write the colour in quotes`,
    ],
    [
      'a series colour that is not a hex colour',
      'series.yaml',
      (t: string) => t.replace("color: '#b1224b'", "color: 'crimson'"),
      `series.yaml:5: record "arf", field "color": "crimson" is not a CSS hex colour`,
    ],
    [
      'a series colour with too little contrast against the lanes',
      'series.yaml',
      (t: string) => t.replace("color: '#b1224b'", "color: '#edc949'"),
      'series.yaml:5: record "arf", field "color": "#edc949" has a contrast of 1.6:1 against the lane background #ffffff; marks need at least 3:1 (WCAG 1.4.11)',
    ],
    [
      'a series colour that stands out from white lanes but not from the shaded ones',
      'series.yaml',
      (t: string) => t.replace("color: '#b1224b'", "color: '#8c8c8c'"),
      'series.yaml:5: record "arf", field "color": "#8c8c8c" has a contrast of 2.97:1 against the lane background #f3f1ec',
    ],
    [
      'a YAML syntax error',
      'states.yaml',
      (t: string) => t.replace('name: China', 'name: [China'),
      'states.yaml:',
    ],
  ])('stops on %s, naming file, record and field', (_name, file, edit, expected) => {
    const problems = problemsOf(fixtureWith(file, edit));
    expect(problems.join('\n')).toContain(expected);
    expect(problems.every((problem) => problem.includes('.yaml'))).toBe(true);
  });

  /** The Hanoi record with `translations:` written in after its summary. */
  const translated = (yaml: string) =>
    fixtureWith('events.yaml', (t) =>
      t.replace('  summary: A one-day conference.\n', `  summary: A one-day conference.\n${yaml}`),
    );

  it.each([
    [
      'a language that is not one of the interface’s, beside a translation with a problem',
      "  translations:\n    fr: { title: Conférence, summary: Une journée. }\n    vi: { title: '', summary: x }\n",
      `${HANOI}, field "translations.fr": unknown language "fr" (one of vi, zh-Hans, th, id, ms, km, lo, my, fil)`,
    ],
    [
      'English given as a translation',
      '  translations:\n    en: { title: Conference, summary: One day. }\n',
      `${HANOI}, field "translations.en": English is the record's own text`,
    ],
    [
      'an empty translated title',
      "  translations:\n    vi: { title: '  ', summary: Một ngày. }\n",
      `${HANOI}, field "translations.vi.title": must not be empty`,
    ],
    [
      'a translation without its summary',
      '  translations:\n    vi: { title: Hội nghị }\n',
      `${HANOI}, field "translations.vi.summary": required field is missing`,
    ],
    [
      'a translation that is not a mapping',
      '  translations:\n    vi: Hội nghị\n',
      `${HANOI}, field "translations.vi": must be a mapping of title and summary`,
    ],
    [
      'a translation in our working words',
      '  translations:\n    vi: { title: Hội nghị, summary: Theo seed. }\n',
      `${HANOI}, field "translations.vi.summary": readers would see "seed"`,
    ],
  ])('stops on %s, naming file, record and field', (_name, yaml, expected) => {
    expect(problemsOf(translated(yaml)).join('\n')).toContain(expected);
  });

  it('compiles the languages an event and a series are translated into, and no others', () => {
    const dir = translated(
      '  translations:\n    zh-Hans: { title: 会议, summary: 一天。 }\n    vi: { title: Hội nghị, summary: Một ngày. }\n',
    );
    const seriesFile = join(dir, 'series.yaml');
    writeFileSync(
      seriesFile,
      readFileSync(seriesFile, 'utf8').replace(
        'description: ARF work.',
        'description: ARF work.\n  translations:\n    th: { label: ARF, description: งานของ ARF }',
      ),
    );
    const result = compileDataset(dir);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const hanoi = result.dataset.events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;
    // in the interface's order of languages, whatever the order in the file
    expect(Object.keys(hanoi.translations!)).toEqual(['vi', 'zh-Hans']);
    expect(hanoi.translations!.vi).toEqual({ title: 'Hội nghị', summary: 'Một ngày.' });
    expect(result.dataset.series.map((series) => series[4])).toEqual([
      undefined,
      { th: { label: 'ARF', description: 'งานของ ARF' } },
    ]);
    expect(result.dataset.events.filter((event) => 'translations' in event)).toHaveLength(1);
  });

  it("compiles each series' colour, written as #rgb or #rrggbb, as lowercase #rrggbb", () => {
    const result = compileDataset(
      fixtureWith('series.yaml', (t) =>
        t.replace("color: '#0b4f6c'", "color: '#05A'").replace("'#b1224b'", "'#B1224B'"),
      ),
    );
    expect(result.ok && result.dataset.series.map(([key, , , color]) => [key, color])).toEqual([
      ['pgc', '#0055aa'],
      ['arf', '#b1224b'],
    ]);
  });

  it('reports the line each record starts on', () => {
    const problems = problemsOf(
      fixtureWith('events.yaml', (t) =>
        t.replace('series: arf\n  confidence: uncertain', 'series: xx\n  confidence: uncertain'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /events\.yaml:11: record "2021-04-arf-webinar", field "series": unknown series "xx"$/,
      ),
    ]);
  });

  it('lists every problem of a run, not only the first', () => {
    const problems = problemsOf(
      fixtureWith('events.yaml', (t) =>
        t.replace('place: hanoi', 'place: nowhere').replace("end: '2021-05'", "end: '2021-01'"),
      ),
    );
    expect(problems).toHaveLength(2);
  });
});

/**
 * The compiled JSON with one record a line (nothing else changes: it parses back to the same
 * value), so a change to the compiler shows in a diff as the records it changed.
 */
function oneRecordALine(dataset: object): string {
  const entries = Object.entries(dataset).map(([key, value]: [string, unknown]) => {
    const records =
      Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null);
    const body = records
      ? `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

// After a deliberate change: `TZ=UTC npx vitest run scripts/compile-data.test.ts -u`, and review the diff.
describe('the compiled fixture, against its snapshot', () => {
  const result = compileDataset(VALID);
  if (!result.ok) throw new Error(result.problems.join('\n'));

  it('gives the same events.json (one record a line here)', async () => {
    const readable = oneRecordALine(result.dataset);
    expect(JSON.parse(readable)).toEqual(JSON.parse(result.json));
    await expect(readable).toMatchFileSnapshot('__snapshots__/data-valid.events.json');
  });

  it('gives the same events.csv', async () => {
    await expect(result.csv).toMatchFileSnapshot('__snapshots__/data-valid.events.csv');
  });
});

describe('npm run data (the command line)', () => {
  const script = join(import.meta.dirname, 'compile-data.ts');
  const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');

  it('writes both outputs, then leaves them untouched and exits 1 on bad input', () => {
    const out = mkdtempSync(join(tmpdir(), 'chronology-out-'));
    made.push(out);
    execFileSync(tsx, [script, '--data', VALID, '--out', out]);
    const json = readFileSync(join(out, 'events.json'), 'utf8');
    const csv = readFileSync(join(out, 'events.csv'), 'utf8');

    const bad = fixtureWith('events.yaml', (t) => t.replace('place: hanoi', 'place: hanoy'));
    const run = spawnSync(tsx, [script, '--data', bad, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('field "place": unknown place "hanoy"');
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(out, 'events.csv'), 'utf8')).toBe(csv);
    expect(readdirSync(out).sort()).toEqual(['events.csv', 'events.json']);
  });
});
