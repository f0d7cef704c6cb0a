/**
 * Axis ticks that adapt to the zoom: millennia down to years, then months, then days, then hours.
 * The finest level whose labels fit is chosen, and a second row names the larger unit (the year
 * above months, the month above days) so every label stays short. Labels never overlap. Years may
 * be BCE or below 1000. Every label is written in the interface's language, by its LocaleFormat
 * (i18n/intl/): "500 BCE", "45", "2023", "Mar", "6 December 2023" in English, "មីនា" in Khmer.
 */
import {
  utcDay,
  utcHour,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3';
import { startOf } from '../dates/partial-date.ts';
import { DAY_MS, HOUR_MS, YEAR_MS } from '../dates/time-units.ts';
import type { LocaleFormat } from '../i18n/intl/locale-format.ts';
import type { TimeScale } from '../timescale/scale.ts';

export interface AxisTick {
  t: number;
  x: number;
  label: string;
}

export interface Axis {
  /** the finest labelled unit */
  minor: AxisTick[];
  /** the unit above it, labelled once per period at its start (or the left edge) */
  major: AxisTick[];
  level: string;
}

/** Width of a label in pixels; the canvas passes its own measureText. */
export type MeasureText = (text: string) => number;

interface Level {
  name: string;
  /** its ticks from start (inclusive) to end (exclusive) */
  interval: Pick<TimeInterval, 'range'>;
  /** typical length of one step, for the spacing check */
  stepMs: number;
  format: (date: Date) => string;
  /** labels at least as wide as any this level writes between two instants */
  widestLabels: (start: Date, end: Date) => readonly string[];
  major?: { interval: CountableTimeInterval; format: (date: Date) => string };
}

/** What the axis needs of a language's format. */
export type AxisFormat = Pick<LocaleFormat, 'dateRange' | 'year' | 'month' | 'day' | 'count'>;

const MONTH = YEAR_MS / 12;
const hourMinute = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:00`;

/** The labels of each unit, in one language. */
function writers(format: AxisFormat) {
  const zero = format.count(0);
  const year = (date: Date) => format.year(date.getUTCFullYear());
  return {
    year,
    /**
     * Year labels grow with the distance from year 0 and gain an era before it, so the widest
     * between two instants is the label of one end or the other. Every digit is written as the
     * language's 0 so that panning does not switch levels over digits of different widths.
     */
    widestYears: (start: Date, end: Date) =>
      [start, end].map((date) => year(date).replace(/\p{Nd}/gu, zero)),
    shortMonth: (date: Date) => format.month(date.getUTCMonth() + 1, 'short'),
    shortMonths: Array.from({ length: 12 }, (_, i) => format.month(i + 1, 'short')),
    monthYear: (date: Date) =>
      format.dateRange({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }),
    dayOfMonth: (date: Date) => format.day(date.getUTCDate()),
    widestDays: [format.day(28), format.day(30)],
    dayMonthYear: (date: Date) =>
      format.dateRange({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      }),
  };
}

type Writers = ReturnType<typeof writers>;

/**
 * The starts of years that are multiples of `step`. Ours rather than d3's `utcYear.every`, which
 * counts BCE years right too but finds its first tick by flooring to the multiple below the start:
 * near the earliest instant a Date can hold (in the year -271821) that multiple is an Invalid Date
 * and the axis would be left with no ticks at all.
 */
function yearMultiples(step: number): Level['interval'] {
  return {
    range(start, end) {
      let multiple = Math.floor(start.getUTCFullYear() / step) * step;
      // The first multiple at or after the start; the one below may have no instant at all (NaN).
      if (!(startOf({ year: multiple }) >= +start)) multiple += step;
      const ticks: Date[] = [];
      for (; startOf({ year: multiple }) < +end; multiple += step) {
        ticks.push(new Date(startOf({ year: multiple })));
      }
      return ticks;
    },
  };
}

function everyYears(step: number, write: Writers): Level {
  return {
    name: step === 1 ? 'year' : `${step} years`,
    interval: yearMultiples(step),
    stepMs: step * YEAR_MS,
    format: write.year,
    widestLabels: write.widestYears,
  };
}

function everyMonths(step: number, write: Writers): Level {
  return {
    name: step === 1 ? 'month' : `${step} months`,
    interval: utcMonth.every(step)!,
    stepMs: step * MONTH,
    format: write.shortMonth,
    widestLabels: () => write.shortMonths,
    major: { interval: utcYear, format: write.year },
  };
}

function everyDays(step: number, write: Writers): Level {
  return {
    name: step === 1 ? 'day' : `${step} days`,
    // Days of the month (1, 8, 15…) rather than a running count, so labels read naturally.
    interval:
      step === 1
        ? utcDay
        : utcDay.filter((date) => (date.getUTCDate() - 1) % step === 0 && date.getUTCDate() <= 29),
    stepMs: step * DAY_MS,
    format: write.dayOfMonth,
    widestLabels: () => write.widestDays,
    major: { interval: utcMonth, format: write.monthYear },
  };
}

function everyHours(step: number, write: Writers): Level {
  return {
    name: `${step} hours`,
    interval: utcHour.every(step)!,
    stepMs: step * HOUR_MS,
    format: hourMinute,
    widestLabels: () => ['18:00'],
    major: { interval: utcDay, format: write.dayMonthYear },
  };
}

const YEAR_STEPS = [
  100_000, 50_000, 20_000, 10_000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1,
];

/** From the coarsest to the finest, labelled in one language. */
function levelsFor(format: AxisFormat): readonly Level[] {
  const write = writers(format);
  return [
    ...YEAR_STEPS.map((step) => everyYears(step, write)),
    ...[6, 3, 1].map((step) => everyMonths(step, write)),
    ...[7, 2, 1].map((step) => everyDays(step, write)),
    ...[6, 3, 1].map((step) => everyHours(step, write)),
  ];
}

/** each language's levels, made once (a frame asks for them on every redraw) */
const levelsByFormat = new WeakMap<AxisFormat, readonly Level[]>();

export function levelsIn(format: AxisFormat): readonly Level[] {
  let levels = levelsByFormat.get(format);
  if (!levels) levelsByFormat.set(format, (levels = levelsFor(format)));
  return levels;
}

export const LABEL_GAP = 12;

function pixelsPerMs(scale: TimeScale): number {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  return (r1 - r0) / Math.max(1, d1 - d0);
}

export function chooseLevel(scale: TimeScale, measure: MeasureText, format: AxisFormat): Level {
  const perMs = pixelsPerMs(scale);
  const [start, end] = scale.domain() as [Date, Date];
  const levels = levelsIn(format);
  let chosen = levels[0]!;
  for (const level of levels) {
    const widest = Math.max(...level.widestLabels(start, end).map(measure));
    if (level.stepMs * perMs >= widest + LABEL_GAP) chosen = level;
    else break;
  }
  return chosen;
}

/** Drops any label that would touch the one before it. */
function withoutOverlap(ticks: AxisTick[], measure: MeasureText): AxisTick[] {
  const kept: AxisTick[] = [];
  let freeFrom = -Infinity;
  for (const tick of ticks) {
    if (tick.x < freeFrom) continue;
    kept.push(tick);
    freeFrom = tick.x + measure(tick.label) + LABEL_GAP;
  }
  return kept;
}

/** The axis for the scale, labelled in the language `format` writes. */
export function axisTicks(scale: TimeScale, measure: MeasureText, format: AxisFormat): Axis {
  const level = chooseLevel(scale, measure, format);
  const [start, end] = scale.domain() as [Date, Date];
  const width = scale.range()[1]!;
  const minor = withoutOverlap(
    level.interval.range(start, end).map((date) => ({
      t: +date,
      x: scale(date),
      label: level.format(date),
    })),
    measure,
  ).filter((tick) => tick.x + measure(tick.label) <= width);

  let major: AxisTick[] = [];
  if (level.major) {
    const { interval, format } = level.major;
    // The period already under way at the left edge is labelled at the edge, so the reader always
    // knows which year or month the first ticks belong to.
    const first = interval.floor(start);
    major = [first, ...interval.range(new Date(+first + 1), end)].map((date) => ({
      t: +date,
      x: Math.max(0, scale(date)),
      label: format(date),
    }));
    // A sticky label gives way to the next period's label when they would touch.
    if (major.length > 1 && major[0]!.x + measure(major[0]!.label) + LABEL_GAP > major[1]!.x) {
      major.shift();
    }
    major = withoutOverlap(major, measure);
  }
  return { minor, major, level: level.name };
}
