/**
 * The import part of `npm run bench`: how long a reader waits from choosing a 100,000-event file in
 * "Open your own chronology…" to the first frame that shows it, and how long the page's main thread
 * is ever busy meanwhile (the reading happens in a worker; the goal is no task over 100 ms).
 *
 * Each sample: a fresh Chromium (same flags and viewport as the shared harness), the app's page
 * until `data-timeline-ready` and then its map ready (so the map's own loading is not counted), a
 * buffered PerformanceObserver for 'longtask', the dialog opened, then the file set on its input by
 * path (so no test code runs in the page while it is read).
 *
 * - start: the input's `change` event (the page has the file: what `setInputFiles` does).
 * - first frame: the first animation frame whose timeline says "Timeline of 100000 events"; the
 *   clock stops in a task posted from that frame's callback, which runs once the frame is painted.
 * - longest task: the longest 'longtask' entry overlapping start → first frame (entries start at
 *   50 ms, so "< 50" means none); also the longest in the 2 s after the first frame, while the list,
 *   map and idle work catch up.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { timelineJsSheetWorkload } from '../tests/e2e/workload.ts';
import { median } from './median.ts';

export const IMPORT_SECTION = '## Importing a 100,000-event file';
const EVENTS = 100_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The shared harness's flags (../shared/bench/measure.mjs), so the numbers sit with its own. */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
];
const VIEWPORT = { width: 1280, height: 800 };
const AFTER_MS = 2000;

interface ImportFile {
  name: string;
  path: string;
  bytes: number;
}

interface Sample {
  file: string;
  rep: number;
  /** change event → first frame of the imported chronology */
  firstFrameMs: number;
  /** longest main-thread task overlapping that span; 0 when none reached 50 ms */
  longestTaskMs: number;
  tasksOver100: number;
  /** longest task in the AFTER_MS after the first frame */
  longestAfterMs: number;
  /** every long task from the start to AFTER_MS past the first frame: [ms after start, duration] */
  tasks: [number, number][];
}

/** The files to import: the sheet template's CSV, and the shared harness's JSON workload. */
export async function importFiles(outDir: string, harness: string): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  const sheet = join(outDir, `import-sheet-${EVENTS}-s1.csv`);
  writeFileSync(sheet, timelineJsSheetWorkload(EVENTS, 1, 'One hundred thousand events'));
  files.push({ name: 'TimelineJS sheet CSV', path: sheet, bytes: statSync(sheet).size });
  try {
    const gen = (await import(join(harness, 'gen-workload.mjs'))) as {
      ensureWorkload: (n: number, seed: number, out?: string) => string;
    };
    let json: string;
    try {
      json = gen.ensureWorkload(EVENTS, 1);
    } catch {
      json = gen.ensureWorkload(EVENTS, 1, join(outDir, `workload-${EVENTS}-s1.json`));
    }
    files.push({
      name: 'TimelineJS JSON (harness workload)',
      path: json,
      bytes: statSync(json).size,
    });
  } catch (error) {
    console.warn(`import bench: no harness workload (${String(error)}); the CSV only`);
  }
  return files;
}

/**
 * Runs in the page (a string, so that nothing the script runner adds to functions reaches it): a
 * buffered long-task log, the start clock on the file input's change, and the first-frame clock.
 */
const WATCH_IMPORT = (events: number) => `(() => {
  window.benchTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    if (event.target.type === 'file') window.benchStart = performance.now();
  }, { capture: true, once: true });
  const label = 'Timeline of ${events} events';
  window.benchFirstFrame = new Promise((resolve) => {
    function check() {
      if (document.querySelector('[data-timeline] canvas')?.getAttribute('aria-label') === label) {
        // this frame shows it; a task posted now runs once the frame is painted
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
        return;
      }
      requestAnimationFrame(check);
    }
    requestAnimationFrame(check);
  });
})()`;

async function sampleOnce(appUrl: string, file: ImportFile, rep: number): Promise<Sample> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const origin = new URL(appUrl).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    const page: Page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForSelector('[data-timeline-ready]', { timeout: 60_000 });
    // the map loads after the timeline's first frame: its tasks are not the import's
    await page.waitForSelector('html[data-map-ready], html[data-map-failed]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Open your own chronology…' }).click();
    const input = page.locator('dialog input[type="file"]');
    await input.waitFor({ state: 'attached' });
    await page.evaluate(WATCH_IMPORT(EVENTS));
    await input.setInputFiles(file.path);
    const end = (await page.evaluate('window.benchFirstFrame')) as number;
    await page.waitForTimeout(AFTER_MS);
    const { start, tasks } = (await page.evaluate(
      '({ start: window.benchStart, tasks: window.benchTasks })',
    )) as { start: number; tasks: [number, number][] };
    const during = tasks.filter(([at, duration]) => at + duration > start && at < end);
    const after = tasks.filter(([at]) => at >= end && at < end + AFTER_MS);
    const longest = (list: [number, number][]) => Math.max(0, ...list.map(([, d]) => d));
    return {
      file: file.name,
      rep,
      firstFrameMs: end - start,
      longestTaskMs: longest(during),
      tasksOver100: during.filter(([, duration]) => duration > 100).length,
      longestAfterMs: longest(after),
      tasks: [...during, ...after].map(([at, duration]) => [Math.round(at - start), duration]),
    };
  } finally {
    await browser.close();
  }
}

const ms = (value: number) => (value < 50 ? '< 50' : Math.round(value).toLocaleString('en'));
const spread = (values: number[]) =>
  `${ms(median(values)!)} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

/** Measures every file `reps` times, interleaved; returns the Markdown section and the samples. */
export async function benchImport(options: {
  appUrl: string;
  files: ImportFile[];
  reps: number;
  command: string;
  machine: string;
}): Promise<{ markdown: string; samples: Sample[] }> {
  const samples: Sample[] = [];
  for (let rep = 1; rep <= options.reps; rep++) {
    for (const file of options.files) {
      const sample = await sampleOnce(options.appUrl, file, rep);
      console.log(
        `import ${file.name} rep ${rep}: first frame ${Math.round(sample.firstFrameMs)} ms, longest task ${Math.round(sample.longestTaskMs)} ms`,
      );
      samples.push(sample);
    }
  }
  const rows = options.files.map((file) => {
    const mine = samples.filter((sample) => sample.file === file.name);
    return `| ${file.name} | ${(file.bytes / 2 ** 20).toFixed(1)} | ${spread(mine.map((s) => s.firstFrameMs))} | ${spread(mine.map((s) => s.longestTaskMs))} | ${median(mine.map((s) => s.tasksOver100))} | ${spread(mine.map((s) => s.longestAfterMs))} | ${mine.length} |`;
  });
  const markdown = [
    IMPORT_SECTION,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${options.machine} with \`${options.command}\`. ` +
      `${EVENTS.toLocaleString('en')} events chosen in “Open your own chronology…” over the ASEAN–China page, ` +
      `${options.reps} repetitions, each in a fresh Chromium (the harness's flags, 1280×800), the page and its map loaded first. ` +
      '**First frame**: from the file input’s `change` event to the end of the first painted frame whose timeline ' +
      'counts the imported events. **Longest task**: the longest main-thread task (PerformanceObserver ' +
      '`longtask`, 50 ms and up) in that span; the goal is none over 100 ms. The reading runs in a worker, ' +
      `so these are the page's own costs. The last column is the longest task in the ${AFTER_MS / 1000} s after the first frame: ` +
      'mostly the map catching up, whose frames each wait 50–110 ms for WebGL drawn in software (SwiftShader, under ' +
      "the harness's `--disable-gpu`; a trace shows the time in the frame's Commit). " +
      'Medians, with the range in brackets.',
    '',
    '| file | MB | file chosen → first frame ms | longest task ms | tasks over 100 ms | longest task in the 2 s after, ms | runs |',
    '| --- | ---: | --- | --- | ---: | --- | ---: |',
    ...rows,
    '',
  ].join('\n');
  return { markdown, samples };
}
