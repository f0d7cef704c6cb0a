/**
 * What `npm run bench -- --only lighthouse` keeps of a Lighthouse result, and the table it writes:
 * the four category scores, four metrics, and the ids of the audits that cost accessibility, best
 * practices or SEO points (the list of what to fix). Pure: tested on hand-made results.
 */
import type { Result } from 'lighthouse';
import { median } from './median.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** The categories whose failing audits are listed: they do not depend on the machine's speed. */
const LISTED: Category[] = ['accessibility', 'best-practices', 'seo'];

export const METRICS = {
  tbt: 'total-blocking-time',
  lcp: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tti: 'interactive',
} as const;
type Metric = keyof typeof METRICS;

export interface LighthouseRun {
  address: string;
  /** 0–100, or null when Lighthouse could not score the category (an error in the run) */
  scores: Record<Category, number | null>;
  /** ms for times, unitless for CLS; null when the audit gave no value */
  metrics: Record<Metric, number | null>;
  /** ids of audits below a full score that cost points in the listed categories */
  failing: string[];
  /** Lighthouse's own measure of this machine's speed during the run (higher is faster) */
  benchmarkIndex: number | null;
  lighthouseVersion: string;
  warnings: string[];
}

/** Audits that count: pass/fail or numeric ones; manual, informative and not-applicable ones do not. */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

export function summariseRun(address: string, lhr: Result): LighthouseRun {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, auditId]) => [
      key,
      lhr.audits[auditId]?.numericValue ?? null,
    ]),
  ) as Record<Metric, number | null>;
  const failing = new Set<string>();
  for (const category of LISTED) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      // weight 0: shown in the report, but no part of the score (valid-source-maps, for one)
      if (ref.weight === 0) continue;
      const audit = lhr.audits[ref.id];
      if (!audit || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
      if (audit.score !== null && audit.score < 1) failing.add(ref.id);
    }
  }
  return {
    address,
    scores,
    metrics,
    failing: [...failing].sort(),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
    warnings: lhr.runWarnings ?? [],
  };
}

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

/** "3,120 (2,890–3,400)": the median, then the range when runs differ. */
function spread(values: number[], format: (value: number) => string): string {
  const middle = median(values);
  if (middle === null) return '—';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(middle) : `${format(middle)} (${format(low)}–${format(high)})`;
}

const ms = (value: number) => Math.round(value).toLocaleString('en-US');
const whole = (value: number) => String(Math.round(value));
const cls = (value: number) => value.toFixed(3);

/** Failing audits over the runs of one address; "(2/3)" when not every run failed it. */
export function failingAudits(runs: LighthouseRun[]): string {
  const counts = new Map<string, number>();
  for (const run of runs) for (const id of run.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
  if (counts.size === 0) return 'none';
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) =>
      count === runs.length ? `\`${id}\`` : `\`${id}\` (${count}/${runs.length})`,
    )
    .join(', ');
}

/** One row per address, in the order the addresses were first measured. */
export function lighthouseTable(runs: LighthouseRun[]): string {
  const addresses = [...new Set(runs.map((run) => run.address))];
  const header = [
    '| address | performance | accessibility | best practices | SEO | total blocking time ms | largest contentful paint ms | cumulative layout shift | time to interactive ms | failing a11y / BP / SEO audits | runs |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | ---: |',
  ];
  const rows = addresses.map((address) => {
    const mine = runs.filter((run) => run.address === address);
    const score = (id: Category) => spread(present(mine.map((run) => run.scores[id])), whole);
    const metric = (key: Metric, format: (value: number) => string) =>
      spread(present(mine.map((run) => run.metrics[key])), format);
    return `| \`${address}\` | ${CATEGORIES.map(score).join(' | ')} | ${metric('tbt', ms)} | ${metric('lcp', ms)} | ${metric('cls', cls)} | ${metric('tti', ms)} | ${failingAudits(mine)} | ${mine.length} |`;
  });
  return [...header, ...rows].join('\n');
}
