/** Translations in the data: the compiler checks each language and text, and keeps only those given. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureWith, problemsOf, removeDataCopies } from '../tests/unit/data-fixture.ts';
import { compileDataset } from './compile-data.ts';

afterEach(removeDataCopies);

describe('compileDataset with translations', () => {
  const HANOI = 'record "2023-12-06-pgc-13-hanoi"';
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
});
