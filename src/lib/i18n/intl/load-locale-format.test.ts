import { describe, expect, it } from 'vitest';
import { loadLocaleFormat } from './load-locale-format.ts';
import { ENGLISH_FORMAT } from './locale-format.ts';

const lacking = () => ({ dates: false, numbers: false, regions: false });
const full = () => ({ dates: true, numbers: true, regions: true });
const burmese = (options: Intl.DateTimeFormatOptions, ms: number) =>
  new Intl.DateTimeFormat('my', { ...options, timeZone: 'UTC' }).format(ms);

describe('loadLocaleFormat', () => {
  it('gives English at once, as the app has always written it', async () => {
    expect(await loadLocaleFormat('en')).toBe(ENGLISH_FORMAT);
  });

  it('writes Burmese from its shipped tables in a browser that lacks it, as full ICU does', async () => {
    const my = await loadLocaleFormat('my', lacking);
    const day = { year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(my.writtenRange('2023-12-06')).toBe(burmese(day, Date.UTC(2023, 11, 6)));
    expect(my.stateName({ code: 'MMR', name: 'Myanmar' })).toEqual({
      text: new Intl.DisplayNames(['my'], { type: 'region' }).of('MM'),
      lang: 'my',
    });
  });

  it("uses the browser's Intl where it has the language", async () => {
    const th = await loadLocaleFormat('th', full);
    expect(th.year(2023)).toBe(
      new Intl.DateTimeFormat('th-u-ca-gregory', { year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2023, 0),
      ),
    );
  });
});
