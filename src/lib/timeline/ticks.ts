/**
 * Axis ticks that adapt to the zoom: millennia down to years, then months, then days, then hours.
 * The finest level whose labels fit is chosen, and a second row names the larger unit (the year
 * above months, the month above days) so every label stays short. Labels never overlap. Years may
 * be BCE or below 1000 and are written as `yearLabel` writes them: "500 BCE", "45", "2023".
 */
import {
  utcDay,
  utcHour,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3';
import { MONTH_NAMES, startOf, yearLabel } from '../dates/partial-date.ts';
import { DAY_MS, HOUR_MS, YEAR_MS } from '../dates/time-units.ts';
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

const MONTH = YEAR_MS / 12;
const year = (date: Date) => yearLabel(date.getUTCFullYear());
const monthName = (date: Date) => MONTH_NAMES[date.getUTCMonth()]!;
const monthYear = (date: Date) => `${monthName(date)} ${year(date)}`;
const dayMonthYear = (date: Date) => `${date.getUTCDate()} ${monthYear(date)}`;
const shortMonth = (date: Date) => monthName(date).slice(0, 3);
const dayOfMonth = (date: Date) => String(date.getUTCDate());
const hourMinute = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:00`;

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

/**
 * Year labels grow with the distance from year 0 and gain " BCE" before it, so the widest between
 * two instants is the label of one end or the other. Every digit is written as 0 so that panning
 * does not switch levels over digits of different widths.
 */
function widestYearLabels(start: Date, end: Date): string[] {
  return [start, end].map((date) => year(date).replace(/\d/g, '0'));
}

function everyYears(step: number): Level {
  return {
    name: step === 1 ? 'year' : `${step} years`,
    interval: yearMultiples(step),
    stepMs: step * YEAR_MS,
    format: year,
    widestLabels: widestYearLabels,
  };
}

function everyMonths(step: number): Level {
  return {
    name: step === 1 ? 'month' : `${step} months`,
    interval: utcMonth.every(step)!,
    stepMs: step * MONTH,
    format: shortMonth,
    widestLabels: () => ['May'],
    major: { interval: utcYear, format: year },
  };
}

function everyDays(step: number): Level {
  return {
    name: step === 1 ? 'day' : `${step} days`,
    // Days of the month (1, 8, 15…) rather than a running count, so labels read naturally.
    interval:
      step === 1
        ? utcDay
        : utcDay.filter((date) => (date.getUTCDate() - 1) % step === 0 && date.getUTCDate() <= 29),
    stepMs: step * DAY_MS,
    format: dayOfMonth,
    widestLabels: () => ['30'],
    major: { interval: utcMonth, format: monthYear },
  };
}

function everyHours(step: number): Level {
  return {
    name: `${step} hours`,
    interval: utcHour.every(step)!,
    stepMs: step * HOUR_MS,
    format: hourMinute,
    widestLabels: () => ['18:00'],
    major: { interval: utcDay, format: dayMonthYear },
  };
}

/** From the coarsest to the finest. */
export const LEVELS: readonly Level[] = [
  everyYears(100_000),
  everyYears(50_000),
  everyYears(20_000),
  everyYears(10_000),
  everyYears(5000),
  everyYears(2000),
  everyYears(1000),
  everyYears(500),
  everyYears(200),
  everyYears(100),
  everyYears(50),
  everyYears(20),
  everyYears(10),
  everyYears(5),
  everyYears(2),
  everyYears(1),
  everyMonths(6),
  everyMonths(3),
  everyMonths(1),
  everyDays(7),
  everyDays(2),
  everyDays(1),
  everyHours(6),
  everyHours(3),
  everyHours(1),
];

export const LABEL_GAP = 12;

function pixelsPerMs(scale: TimeScale): number {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  return (r1 - r0) / Math.max(1, d1 - d0);
}

export function chooseLevel(scale: TimeScale, measure: MeasureText): Level {
  const perMs = pixelsPerMs(scale);
  const [start, end] = scale.domain() as [Date, Date];
  let chosen = LEVELS[0]!;
  for (const level of LEVELS) {
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

export function axisTicks(scale: TimeScale, measure: MeasureText): Axis {
  const level = chooseLevel(scale, measure);
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
