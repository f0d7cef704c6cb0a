import { describe, expect, it } from 'vitest';
import { localeFormat } from './intl-format.ts';
import { buildLocaleTables } from './locale-tables.ts';
import { alpha2Of } from './region-codes.ts';

const HANOI = { start: '2023-12-06' };
const VIET_NAM = { code: 'VNM', name: 'Viet Nam' };
const ALL_NATIVE = { dates: true, numbers: true, regions: true };
const utcDay = (y: number, m: number, d: number) =>
  new Intl.DateTimeFormat('km', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));

describe('localeFormat', () => {
  const vi = localeFormat({ lang: 'vi', alpha2: alpha2Of, native: ALL_NATIVE });

  it('names a state in the language, marked as in it', () => {
    const name = new Intl.DisplayNames(['vi'], { type: 'region' }).of('VN')!;
    expect(vi.stateName(VIET_NAM)).toEqual({ text: name, lang: 'vi' });
  });

  it('keeps the name the data gives, marked English, for a code that is no ISO country', () => {
    expect(vi.stateName({ code: 'XYZ', name: 'Atlantis' })).toEqual({
      text: 'Atlantis',
      lang: 'en',
    });
  });

  it('writes counts with the language’s grouping, and leaves unreadable dates as written', () => {
    expect(vi.count(1234567)).toBe(new Intl.NumberFormat('vi').format(1234567));
    expect(vi.writtenRange('sometime')).toBe('sometime');
  });

  it('writes from tables where the browser lacks the language, as full ICU would', () => {
    const tables = buildLocaleTables('km', ['VN']);
    const none = { dates: false, numbers: false, regions: false };
    const km = localeFormat({ lang: 'km', alpha2: alpha2Of, tables, native: none });
    expect(km.writtenRange(HANOI.start)).toBe(utcDay(2023, 12, 6));
    expect(km.stateName(VIET_NAM).text).toBe(
      new Intl.DisplayNames(['km'], { type: 'region' }).of('VN'),
    );
    expect(km.count(12345)).toBe(new Intl.NumberFormat('km').format(12345));
    expect(km.plural(1)).toBe(new Intl.PluralRules('km').select(1));
    expect(km.month(12, 'long')).toBe(
      new Intl.DateTimeFormat('km', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2018, 11)),
    );
  });

  it('uses tables only for what the browser lacks', () => {
    const tables = { ...buildLocaleTables('km', []), regions: {} };
    const km = localeFormat({
      lang: 'km',
      alpha2: alpha2Of,
      tables,
      native: { dates: false, numbers: false, regions: true },
    });
    expect(km.stateName(VIET_NAM).text).toBe(
      new Intl.DisplayNames(['km'], { type: 'region' }).of('VN'),
    );
  });
});
