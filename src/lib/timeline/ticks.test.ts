import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { utcDay } from '../dates/partial-date.ts';
import { baseScale, scaleExtent, zoomAround } from '../timescale/scale.ts';
import { localeFormat } from '../i18n/intl/intl-format.ts';
import { alpha2Of } from '../i18n/intl/region-codes.ts';
import type { Lang } from '../i18n/languages.ts';
import { ENGLISH_FORMAT } from '../i18n/intl/locale-format.ts';
import { axisTicks, LABEL_GAP, levelsIn, type AxisFormat, type AxisTick } from './ticks.ts';

const LEVELS = levelsIn(ENGLISH_FORMAT);

// 6.5 px per character, about what 11 px system-ui measures
const measure = (text: string) => text.length * 6.5;
const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];

function axisAt(
  k: number,
  width = 1200,
  around = 600,
  over: [number, number] = domain,
  format: AxisFormat = ENGLISH_FORMAT,
) {
  const base = baseScale(over, width);
  const transform = zoomAround(zoomIdentity, k, around, over, width);
  return axisTicks(transform.rescaleX(base), measure, format);
}

const wholeAxisOver = (from: number, to: number, width = 1200) =>
  axisAt(1, width, width / 2, [from, to]);
const labels = (ticks: AxisTick[]) => ticks.map((tick) => tick.label);

function expectNoOverlap(ticks: AxisTick[]) {
  for (let i = 1; i < ticks.length; i++) {
    const previous = ticks[i - 1]!;
    expect(previous.x + measure(previous.label) + LABEL_GAP).toBeLessThanOrEqual(ticks[i]!.x);
  }
}

describe('axisTicks', () => {
  it('labels years across two decades', () => {
    const axis = axisAt(1);
    expect(axis.level).toBe('year');
    expect(axis.minor[0]!.label).toBe('2003');
    expect(axis.major).toEqual([]);
  });

  it('labels every fifth year on a phone, where yearly labels would collide', () => {
    expect(axisAt(1, 340, 170).level).toBe('5 years');
  });

  it('moves to months, then days, as it zooms in, naming the larger unit above', () => {
    const months = axisAt(8);
    expect(months.level).toMatch(/month/);
    expect(months.major.length).toBeGreaterThan(0);
    expect(months.major[0]!.label).toMatch(/^\d{4}$/);
    const days = axisAt(100);
    expect(days.level).toMatch(/day/);
    expect(days.major[0]!.label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });

  it('reaches hours at the deepest zoom', () => {
    expect(axisAt(scaleExtent(domain)[1]).level).toMatch(/hours/);
  });

  it.each([1, 1.7, 3, 8, 20, 55, 140, 400, 1100, 3000, 3800])(
    'never lets labels overlap at zoom %d',
    (k) => {
      const axis = axisAt(k);
      expect(axis.minor.length).toBeGreaterThan(1);
      expectNoOverlap(axis.minor);
      expectNoOverlap(axis.major);
    },
  );
});

describe('axisTicks over any span of years', () => {
  const bceToNow: [number, number] = [utcDay(-3000, 0, 1), utcDay(2201, 0, 1)];

  it('labels five millennia from 3000 BCE in steps of 500 years, BCE years named as such', () => {
    const axis = wholeAxisOver(...bceToNow);
    expect(axis.level).toBe('500 years');
    expect(labels(axis.minor)).toEqual([
      '3000 BCE',
      '2500 BCE',
      '2000 BCE',
      '1500 BCE',
      '1000 BCE',
      '500 BCE',
      '0',
      '500',
      '1000',
      '1500',
      '2000',
    ]);
    expect(axis.minor.find((tick) => tick.label === '500 BCE')!.t).toBe(utcDay(-500, 0, 1));
    expectNoOverlap(axis.minor);
  });

  it('steps by millennia on a phone, where every 500 years would collide', () => {
    const axis = wholeAxisOver(bceToNow[0], bceToNow[1], 340);
    expect(axis.level).toBe('1000 years');
    expect(labels(axis.minor)).toEqual(['3000 BCE', '2000 BCE', '1000 BCE', '0', '1000']);
    expectNoOverlap(axis.minor);
  });

  it.each([1, 3, 10, 30, 100, 300, 1000, 3000, 1e4, 3e4, 1e5, 3e5, scaleExtent(bceToNow)[1]])(
    'keeps BCE labels readable and apart at zoom %d',
    (k) => {
      const axis = axisAt(k, 1200, 360, bceToNow);
      expect(axis.minor.length).toBeGreaterThan(1);
      for (const label of labels([...axis.minor, ...axis.major])) {
        expect(label).toMatch(/^(\d+ )?([A-Z][a-z]+ )?\d+( BCE)?$|^\d\d:00$|^[A-Z][a-z]{2}$/);
      }
      expectNoOverlap(axis.minor);
      expectNoOverlap(axis.major);
    },
  );

  it('labels a century of the Middle Ages every five years', () => {
    const axis = wholeAxisOver(utcDay(1200, 0, 1), utcDay(1301, 0, 1));
    expect(axis.level).toBe('5 years');
    expect(labels(axis.minor)).toContain('1250');
    expectNoOverlap(axis.minor);
  });

  it('writes years of the first century without padding', () => {
    const decade: [number, number] = [utcDay(50, 0, 1), utcDay(61, 0, 1)];
    const narrow = wholeAxisOver(...decade, 600);
    expect(narrow.level).toBe('year');
    expect(labels(narrow.minor)).toEqual([
      '50',
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '57',
      '58',
      '59',
      '60',
    ]);
    const wide = wholeAxisOver(...decade);
    expect(wide.level).toMatch(/month/);
    expect(labels(wide.major)[0]).toBe('50');
  });

  it('still reaches hours within one day of 44 BCE, naming the day above them', () => {
    const axis = wholeAxisOver(utcDay(-44, 2, 14), utcDay(-44, 2, 15));
    expect(axis.level).toMatch(/hours/);
    expect(axis.minor[0]!.label).toBe('00:00');
    expect(labels(axis.major)).toEqual(['14 March 44 BCE']);
  });

  it('counts BCE years in multiples of the step, as on a number line', () => {
    const everyCentury = LEVELS.find((level) => level.name === '100 years')!.interval;
    const starts = (...years: number[]) => years.map((year) => new Date(utcDay(year, 0, 1)));
    expect(everyCentury.range(new Date(utcDay(-499, 5, 1)), new Date(utcDay(1, 0, 1)))).toEqual(
      starts(-400, -300, -200, -100, 0),
    );
    expect(everyCentury.range(new Date(utcDay(-500, 0, 1)), new Date(utcDay(-300, 0, 1)))).toEqual(
      starts(-500, -400),
    );
    const everyOtherYear = LEVELS.find((level) => level.name === '2 years')!.interval;
    expect(everyOtherYear.range(new Date(utcDay(-3, 5, 1)), new Date(utcDay(3, 5, 1)))).toEqual(
      starts(-2, 0, 2),
    );
  });

  it('still labels a span reaching back to the earliest instant a Date can hold', () => {
    const axis = wholeAxisOver(-8.64e15, utcDay(2001, 0, 1), 340);
    expect(axis.level).toBe('100000 years');
    expect(labels(axis.minor)).toEqual(['200000 BCE', '100000 BCE']);
  });
});

describe('axisTicks in another language', () => {
  // Node's full ICU has every one of the languages, Khmer and Burmese included
  const formatOf = (lang: Exclude<Lang, 'en'>) =>
    localeFormat({ lang, alpha2: alpha2Of, native: { dates: true, numbers: true, regions: true } });
  const km = formatOf('km');
  const my = formatOf('my');
  const icu = (locale: string, options: Intl.DateTimeFormatOptions, instant: number) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(instant);

  it('names the months in Khmer, the year above them', () => {
    const axis = axisAt(8, 1200, 600, domain, km);
    expect(axis.level).toMatch(/month/);
    const khmerMonths = Array.from({ length: 12 }, (_, i) =>
      icu('km', { month: 'short' }, Date.UTC(2018, i)),
    );
    expect(labels(axis.minor).length).toBeGreaterThan(1);
    for (const tick of axis.minor) {
      expect(tick.label).toBe(icu('km', { month: 'short' }, tick.t));
      expect(khmerMonths).toContain(tick.label);
    }
    expect(axis.major[0]!.label).toBe(icu('km', { year: 'numeric' }, axis.major[0]!.t));
  });

  it('writes days and the month above them as Khmer writes them', () => {
    const axis = axisAt(100, 1200, 600, domain, km);
    expect(axis.level).toMatch(/day/);
    const first = axis.major.at(-1)!;
    expect(first.label).toBe(icu('km', { year: 'numeric', month: 'long' }, first.t));
    expect(first.label).not.toMatch(/[A-Za-z]/);
  });

  it('writes years in Burmese digits, and chooses the same step as for Latin ones', () => {
    const axis = axisAt(1, 1200, 600, domain, my);
    expect(axis.minor[0]!.label).toBe(icu('my', { year: 'numeric' }, Date.UTC(2003, 0)));
    expect(axis.minor[0]!.label).not.toMatch(/\d/);
    expect(axis.level).toBe(axisAt(1).level);
    expectNoOverlap(axis.minor);
  });
});
