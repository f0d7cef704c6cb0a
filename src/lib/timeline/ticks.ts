/**
 * Axis ticks that adapt to the zoom: decades and years, then months, then days, then hours. The
 * finest level whose labels fit is chosen, and a second row names the larger unit (the year above
 * months, the month above days) so every label stays short. Labels never overlap.
 */
import {
  utcDay,
  utcHour,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3';
import { MONTH_NAMES } from '../dataset/precision.ts';
import type { TimeScale } from './scale.ts';

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
  interval: TimeInterval;
  /** typical length of one step, for the spacing check */
  stepMs: number;
  format: (date: Date) => string;
  /** the widest label this level writes */
  sample: string;
  major?: { interval: CountableTimeInterval; format: (date: Date) => string };
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;
const year = (date: Date) => String(date.getUTCFullYear());
const monthName = (date: Date) => MONTH_NAMES[date.getUTCMonth()]!;
const monthYear = (date: Date) => `${monthName(date)} ${year(date)}`;
const dayMonthYear = (date: Date) => `${date.getUTCDate()} ${monthYear(date)}`;
const shortMonth = (date: Date) => monthName(date).slice(0, 3);
const dayOfMonth = (date: Date) => String(date.getUTCDate());
const hourMinute = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:00`;

function everyYears(step: number): Level {
  return {
    name: step === 1 ? 'year' : `${step} years`,
    interval: utcYear.every(step)!,
    stepMs: step * YEAR,
    format: year,
    sample: '2000',
  };
}

function everyMonths(step: number): Level {
  return {
    name: step === 1 ? 'month' : `${step} months`,
    interval: utcMonth.every(step)!,
    stepMs: step * MONTH,
    format: shortMonth,
    sample: 'May',
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
    stepMs: step * DAY,
    format: dayOfMonth,
    sample: '30',
    major: { interval: utcMonth, format: monthYear },
  };
}

function everyHours(step: number): Level {
  return {
    name: `${step} hours`,
    interval: utcHour.every(step)!,
    stepMs: step * 3_600_000,
    format: hourMinute,
    sample: '18:00',
    major: { interval: utcDay, format: dayMonthYear },
  };
}

/** From the coarsest to the finest. */
export const LEVELS: readonly Level[] = [
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
  let chosen = LEVELS[0]!;
  for (const level of LEVELS) {
    if (level.stepMs * perMs >= measure(level.sample) + LABEL_GAP) chosen = level;
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
