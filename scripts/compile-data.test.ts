import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDataset } from './compile-data.ts';
import {
  fixtureWith,
  outputDirectory,
  removeDataCopies,
  VALID,
} from '../tests/unit/data-fixture.ts';

afterEach(removeDataCopies);

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

  it('keeps the language of a source whose title is not English, and says none for the rest', () => {
    const result = compileDataset(
      fixtureWith('sources.yaml', (t) =>
        t.replace('publisher: Vietnam News Agency', 'publisher: Vietnam News Agency\n  lang: vi'),
      ),
    );
    expect(result.ok && result.dataset.sources.map((source) => source.lang)).toEqual([
      'vi',
      undefined,
    ]);
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

// It starts the compiler as a command three times: on a loaded two-core machine that alone can
// take longer than vitest's 5 s default. A limit, not a measurement: speed belongs to the bench.
describe('npm run data (the command line)', { timeout: 60_000 }, () => {
  const script = join(import.meta.dirname, 'compile-data.ts');
  const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');

  it('writes both outputs, then leaves them untouched and exits 1 on bad input', () => {
    const out = outputDirectory();
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
