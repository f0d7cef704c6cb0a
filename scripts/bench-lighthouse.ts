/**
 * The Lighthouse part of `npm run bench -- --only lighthouse`: Lighthouse (its Node API, the version
 * pinned in package.json) with its mobile defaults — a phone's screen, simulated 4× slower CPU and
 * slow 4G — on the four addresses a reader arrives at, each run in a fresh Chromium with a fresh
 * profile. Medians over the repetitions; the failing accessibility, best-practice and SEO audits are
 * listed by id, so the table says what to fix.
 *
 * Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium): nothing is downloaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { lighthouseTable, summariseRun, type LighthouseRun } from './lighthouse-report.ts';
import { median } from './median.ts';

export const LIGHTHOUSE_SECTION = '## Lighthouse (mobile)';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const EVENT = '2023-12-06-pgc-13-hanoi';
/** The front page, a journalist's link, an embed with its map, and a share page (it forwards). */
export const LIGHTHOUSE_ADDRESSES = [
  '/',
  `/?event=${EVENT}`,
  `/?embed=1&map=1&event=${EVENT}`,
  `/event/${EVENT}/`,
];
/** chrome-launcher's own defaults stay; these make it run here (no GPU, no sandbox, no network). */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
];

async function measureOnce(url: string): Promise<import('lighthouse').Result> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const chrome = await launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
    }
    return result.lhr;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Lighthouse's own warnings (a page too slow to finish, say), each once, with how often. */
function warningLines(samples: LighthouseRun[]): string[] {
  const seen = new Map<string, Set<string>>();
  for (const run of samples) {
    for (const warning of run.warnings) {
      // the share page forwards by design: said above, not a warning worth repeating
      if (warning.includes('was redirected to')) continue;
      seen.set(warning, (seen.get(warning) ?? new Set()).add(`\`${run.address}\``));
    }
  }
  if (seen.size === 0) return [];
  const lines = [...seen].map(([warning, where]) => `- ${warning} (${[...where].join(', ')})`);
  return ['', 'Lighthouse warned:', '', ...lines];
}

export async function benchLighthouse(options: {
  appUrl: string;
  reps: number;
  command: string;
  machine: string;
  /** where each run's whole Lighthouse result is kept, to read an audit's details */
  rawPrefix: string;
}): Promise<{ markdown: string; samples: LighthouseRun[] }> {
  const samples: LighthouseRun[] = [];
  const load: number[] = [];
  // rounds over all addresses, so a busy minute on the shared machine spreads over every address
  for (let rep = 1; rep <= options.reps; rep++) {
    for (const address of LIGHTHOUSE_ADDRESSES) {
      load.push(loadavg()[0]!);
      const lhr = await measureOnce(new URL(address, options.appUrl).href);
      const n = LIGHTHOUSE_ADDRESSES.indexOf(address) + 1;
      writeFileSync(`${options.rawPrefix}-${n}-${rep}.json`, JSON.stringify(lhr));
      const run = summariseRun(address, lhr);
      samples.push(run);
      console.log(
        `lighthouse ${rep}/${options.reps} ${address}: ` +
          `${run.scores.performance} / ${run.scores.accessibility} / ${run.scores['best-practices']} / ${run.scores.seo}` +
          (run.failing.length ? `; failing ${run.failing.join(', ')}` : ''),
      );
      for (const warning of run.warnings) console.log(`  warning: ${warning}`);
    }
  }
  const version = samples[0]?.lighthouseVersion ?? 'unknown';
  const benchmarkIndex = median(
    samples.map((run) => run.benchmarkIndex).filter((v): v is number => v !== null),
  );
  const markdown = [
    LIGHTHOUSE_SECTION,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${options.machine} with Lighthouse ${version} and \`${options.command}\`. ` +
      'The production build served by `vite preview`; Lighthouse’s mobile defaults (a phone’s screen, ' +
      'simulated throttling: 4× slower CPU, slow 4G), each run in a fresh Chromium with a fresh profile. ' +
      `Medians of ${options.reps} runs per address, with the range in brackets.`,
    '',
    'The performance score, blocking time, paint and time to interactive are **timings on a small machine shared with other work** ' +
      `(1-min load average during the runs: median ${median(load)?.toFixed(1)}, ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}; ` +
      `Lighthouse’s benchmark index: median ${benchmarkIndex === null ? '—' : Math.round(benchmarkIndex)}): ` +
      'compare them within one run of this table, not across days. The accessibility, best-practice ' +
      'and SEO scores do not depend on the machine’s speed; layout shift mostly does not, but where its ' +
      'range runs from 0 to a larger value, whether the shift is counted depended on the run’s timing. ' +
      'The share page is static HTML: it shows its event without the app’s script.',
    '',
    lighthouseTable(samples),
    ...warningLines(samples),
  ].join('\n');
  return { markdown, samples };
}
