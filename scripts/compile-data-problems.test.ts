/** The compiler refuses bad records with one message per problem: file, line, record and field. */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureWith, problemsOf, removeDataCopies } from '../tests/unit/data-fixture.ts';

afterEach(removeDataCopies);

describe('compileDataset on bad records', () => {
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
      'a source language written as a name, not a language tag',
      'sources.yaml',
      (t: string) =>
        t.replace(
          'publisher: Vietnam News Agency',
          'publisher: Vietnam News Agency\n  lang: Vietnamese',
        ),
      'sources.yaml:1: record "vna-hanoi", field "lang": "Vietnamese" is not a BCP 47 language tag such as vi, zh-Hans or pt-BR',
    ],
    [
      'a source language tag with a region in the wrong case',
      'sources.yaml',
      (t: string) =>
        t.replace(
          "publisher: Supreme People's Procuratorate",
          "publisher: Supreme People's Procuratorate\n  lang: zh-cn",
        ),
      'sources.yaml:6: record "spp-2023", field "lang": "zh-cn" is not a BCP 47 language tag',
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
