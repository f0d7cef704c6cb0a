import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import {
  decodeViewState,
  encodeViewState,
  EMPTY_VIEW,
  MAX_QUERY,
  type ViewState,
} from './view-state.ts';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const day = fc
  .date({
    min: new Date('2003-01-01T00:00:00Z'),
    max: new Date('2023-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    event: fc.option(slug, { nil: undefined }),
    range: fc.option(fc.tuple(day, day), { nil: undefined }),
    series: fc.uniqueArray(slug, { maxLength: 3 }),
    state: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: undefined }),
    place: fc.option(slug, { nil: undefined }),
    q: fc.string({ maxLength: 40 }),
    embed: fc.boolean(),
    map: fc.boolean(),
    present: fc.boolean(),
    autosize: fc.boolean(),
    theme: fc.constantFrom(undefined, 'light' as const, 'dark' as const),
    lang: fc.constantFrom(undefined, ...LANGUAGES),
  })
  .map(({ range, autosize, ...rest }) => {
    const view: ViewState = { ...rest };
    if (autosize && rest.embed) view.autosize = true;
    if (range) {
      const [a, b] = [...range].sort();
      if (a! < b!) [view.from, view.to] = [a, b];
    }
    for (const key of ['event', 'state', 'place', 'theme', 'lang'] as const)
      if (view[key] === undefined) delete view[key];
    return view;
  });

describe('view state in the URL', () => {
  it('decodes any string without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        decodeViewState(text);
        decodeViewState(`?${text}`);
        decodeViewState(`?event=${text}&from=${text}&to=${text}&series=${text}&q=${text}`);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the same view after encoding and decoding', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(decodeViewState(encodeViewState(view))).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores malformed and nonsense values', () => {
    expect(
      decodeViewState(
        '?event=<script>alert(1)</script>&from=2020-13&to=2021&state=vietnam&series=a,<b>&embed=maybe',
      ),
    ).toEqual({ ...EMPTY_VIEW, series: ['a'] });
    expect(decodeViewState('?from=2020&to=2019')).toEqual(EMPTY_VIEW);
    expect(decodeViewState('?data=javascript:alert(1)').data).toBeUndefined();
    expect(decodeViewState(`?q=${'x'.repeat(500)}`).q).toHaveLength(MAX_QUERY);
  });

  it('reads ?theme=light and ?theme=dark, and drops any other theme', () => {
    expect(decodeViewState('?theme=dark').theme).toBe('dark');
    expect(decodeViewState('?theme=light').theme).toBe('light');
    for (const other of ['Dark', 'sepia', '', '1', 'dark,light'])
      expect(decodeViewState(`?theme=${other}`), other).toEqual(EMPTY_VIEW);
    expect(encodeViewState({ ...EMPTY_VIEW, event: 'a-b', theme: 'dark' })).toBe(
      '?event=a-b&theme=dark',
    );
  });

  it('reads ?autosize=1 only for an embed, whose host sizes its frame', () => {
    expect(decodeViewState('?embed=1&autosize=1').autosize).toBe(true);
    expect(decodeViewState('?autosize=1')).toEqual(EMPTY_VIEW);
    expect(encodeViewState({ ...EMPTY_VIEW, embed: true, autosize: true })).toBe(
      '?embed=1&autosize=1',
    );
    expect(encodeViewState({ ...EMPTY_VIEW, autosize: true })).toBe('');
  });

  it('reads ?lang= for each of the ten languages, and drops any other', () => {
    for (const lang of LANGUAGES) expect(decodeViewState(`?lang=${lang}`).lang).toBe(lang);
    for (const other of ['zh', 'VI', 'fr', '', 'zh-hans', 'en,vi'])
      expect(decodeViewState(`?lang=${other}`), other).toEqual(EMPTY_VIEW);
    expect(encodeViewState({ ...EMPTY_VIEW, event: 'a-b', theme: 'dark', lang: 'km' })).toBe(
      '?event=a-b&theme=dark&lang=km',
    );
  });

  it('writes nothing for the default view', () => {
    expect(encodeViewState(EMPTY_VIEW)).toBe('');
  });

  it('reads the documented parameters', () => {
    expect(
      decodeViewState(
        '?event=2023-12-06-pgc-13-hanoi&from=2018&to=2019-06&state=VNM&series=pgc&q=Hà+Nội',
      ),
    ).toEqual({
      ...EMPTY_VIEW,
      event: '2023-12-06-pgc-13-hanoi',
      from: '2018',
      to: '2019-06',
      state: 'VNM',
      series: ['pgc'],
      q: 'Hà Nội',
    });
  });
});
