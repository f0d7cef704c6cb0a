import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { failingAudits, lighthouseTable, summariseRun } from './lighthouse-report.ts';

type Audit = { score: number | null; scoreDisplayMode: string; numericValue?: number };

/** The parts of a Lighthouse result that the summary reads; the rest of a real one is left out. */
function result(options: {
  performance?: number | null;
  audits?: Record<string, Audit>;
  refs?: Record<string, { id: string; weight: number }[]>;
}): Result {
  const category = (id: string, score: number | null) => ({
    id,
    score,
    auditRefs: options.refs?.[id] ?? [],
  });
  return {
    lighthouseVersion: '12.2.3',
    environment: { benchmarkIndex: 1700 },
    runWarnings: [],
    categories: {
      performance: category(
        'performance',
        options.performance === undefined ? 0.47 : options.performance,
      ),
      accessibility: category('accessibility', 0.96),
      'best-practices': category('best-practices', 1),
      seo: category('seo', 0.91),
    },
    audits: {
      'total-blocking-time': { score: 0, scoreDisplayMode: 'numeric', numericValue: 1520.4 },
      'largest-contentful-paint': { score: 0, scoreDisplayMode: 'numeric', numericValue: 4100 },
      'cumulative-layout-shift': { score: 0, scoreDisplayMode: 'numeric', numericValue: 0.634 },
      interactive: { score: 0, scoreDisplayMode: 'numeric', numericValue: 7000 },
      ...options.audits,
    },
  } as unknown as Result;
}

describe('summariseRun', () => {
  it('gives scores out of 100 and the four metrics', () => {
    const run = summariseRun('/', result({}));
    expect(run.scores).toEqual({
      performance: 47,
      accessibility: 96,
      'best-practices': 100,
      seo: 91,
    });
    expect(run.metrics).toEqual({ tbt: 1520.4, lcp: 4100, cls: 0.634, tti: 7000 });
  });

  it('lists the audits that cost points, not the ones without weight or without a verdict', () => {
    const run = summariseRun(
      '/',
      result({
        audits: {
          'target-size': { score: 0, scoreDisplayMode: 'binary' },
          'robots-txt': { score: 0, scoreDisplayMode: 'binary' },
          'valid-source-maps': { score: 0, scoreDisplayMode: 'binary' },
          'color-contrast': { score: 1, scoreDisplayMode: 'binary' },
          'focus-traps': { score: null, scoreDisplayMode: 'manual' },
          'image-alt': { score: null, scoreDisplayMode: 'notApplicable' },
        },
        refs: {
          accessibility: [
            { id: 'target-size', weight: 7 },
            { id: 'color-contrast', weight: 7 },
            { id: 'focus-traps', weight: 0 },
            { id: 'image-alt', weight: 10 },
          ],
          'best-practices': [{ id: 'valid-source-maps', weight: 0 }],
          seo: [{ id: 'robots-txt', weight: 1 }],
        },
      }),
    );
    expect(run.failing).toEqual(['robots-txt', 'target-size']);
  });

  it('keeps a category that could not be scored as missing, not as zero', () => {
    expect(summariseRun('/', result({ performance: null })).scores.performance).toBeNull();
  });
});

describe('the table', () => {
  const runs = [47, 49, 52].map((performance, i) => ({
    ...summariseRun(
      '/',
      result({
        performance: performance / 100,
        audits: { 'target-size': { score: i === 2 ? 1 : 0, scoreDisplayMode: 'binary' } },
        refs: { accessibility: [{ id: 'target-size', weight: 7 }] },
      }),
    ),
  }));

  it('says which audits failed in only some of the runs', () => {
    expect(failingAudits(runs)).toBe('`target-size` (2/3)');
    expect(failingAudits([])).toBe('none');
  });

  it('shows the median with the range, one row per address', () => {
    const table = lighthouseTable([...runs, summariseRun('/?embed=1', result({}))]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(
      /^\| `\/` \| 49 \(47–52\) \| 96 \| 100 \| 91 \| 1,520 \| 4,100 \| 0\.634 \| 7,000 \| `target-size` \(2\/3\) \| 3 \|$/,
    );
    expect(table[3]).toMatch(/^\| `\/\?embed=1` \| 47 \|/);
  });
});
