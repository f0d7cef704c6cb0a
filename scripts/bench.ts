/**
 * npm run bench: builds the app, serves the production build, and runs the shared benchmark harness
 * (../shared/bench) with this app as the contender against vis-timeline and TimelineJS on the same
 * generated workload. Writes the table to docs/benchmarks.md with the date and the machine.
 *
 *   npm run bench                       # N = 1000, 10000, 100000; 5 repetitions; then the import, the reading
 *   npm run bench -- --n 10000 --reps 3 # any option of the harness is passed through
 *   npm run bench -- --only import --reps 3  # only importing a 100,000-event file (bench-import.ts)
 *   npm run bench -- --only reading          # only reading files built to be slow (bench-reading.ts)
 *   npm run bench -- --only lighthouse       # only Lighthouse, mobile, 3 runs (bench-lighthouse.ts)
 *   npm run bench -- --only lighthouse --no-build  # the same on the dist/ already built
 *   npm run bench -- --only page --n 10000,100000 --reps 3  # only the page with its map (below)
 *   npm run bench -- --only timeline --n 10000,100000 --peers vis-timeline  # only the harness's
 *                                       # own table (the timeline beside the peers), no import
 *
 * Speed is measured here, never asserted in tests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchImport, IMPORT_SECTION, importFiles } from './bench-import.ts';
import { benchLighthouse, LIGHTHOUSE_SECTION } from './bench-lighthouse.ts';
import { benchReading, READING_SECTION } from './bench-reading.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
// BENCH_HARNESS: a writable copy of the harness, where ../shared is read-only
const HARNESS = process.env.BENCH_HARNESS ?? join(ROOT, '../shared/bench');
// BENCH_PORT: another port, when 4175 is taken (another checkout benchmarking on this machine)
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const APP_URL = `http://127.0.0.1:${PORT}/`;

function run(command: string, args: string[], cwd = ROOT) {
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

async function waitFor(url: string, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

const ONLY = ['import', 'reading', 'lighthouse', 'page', 'timeline'] as const;
export const PAGE_SECTION = '## The page with the map';
/** the map is drawn (its picture, or MapLibre) and the timeline too (both attributes sit on <html>) */
const MAP_DRAWN = 'html[data-map-drawn][data-timeline-ready]';

/** `--only …` (and its value) and `--no-build` are ours; everything else goes to the harness. */
function readArgs(argv: string[]) {
  const at = argv.indexOf('--only');
  const only = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !ONLY.includes(only as (typeof ONLY)[number])) {
    throw new Error(`--only takes ${ONLY.join(', ')}`);
  }
  const passThrough = argv.filter(
    (arg, i) => arg !== '--no-build' && (at < 0 || (i !== at && i !== at + 1)),
  );
  const repsAt = argv.indexOf('--reps');
  // Lighthouse runs take half a minute each here: 3 by default, the others 5
  const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : only === 'lighthouse' ? 3 : 5;
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps takes a whole number');
  return {
    onlyImport: only === 'import',
    onlyReading: only === 'reading',
    onlyLighthouse: only === 'lighthouse',
    onlyPage: only === 'page',
    onlyTimeline: only === 'timeline',
    build: !argv.includes('--no-build'),
    passThrough,
    reps,
  };
}

function machineLine() {
  const chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  }).trim();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
}

/** The file without one of its sections (each kept from a previous run unless replaced). */
function withoutSection(markdown: string, heading: string): { rest: string; section?: string } {
  const at = markdown.indexOf(`\n${heading}\n`);
  if (at < 0) return { rest: markdown };
  const next = markdown.indexOf('\n## ', at + 1);
  const end = next < 0 ? markdown.length : next;
  return {
    rest: markdown.slice(0, at) + markdown.slice(end),
    section: markdown.slice(at + 1, end),
  };
}

function writeBenchmarks(docPath: string, head: string, sections: (string | undefined)[]) {
  const parts = [head, ...sections].filter((part): part is string => part !== undefined);
  writeFileSync(docPath, `${parts.map((part) => part.trimEnd()).join('\n\n')}\n`);
  // the gate checks formatting: leave the file as prettier would
  run(join(ROOT, 'node_modules/.bin/prettier'), ['--write', 'docs/benchmarks.md']);
  console.log('\nwrote docs/benchmarks.md');
}

/**
 * The file as the last run left it: its head, then the page, import, reading and Lighthouse
 * sections.
 */
function previousBenchmarks(docPath: string) {
  const markdown = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const { rest: withoutPage, section: page } = withoutSection(markdown, PAGE_SECTION);
  const { rest: withoutLighthouse, section: lighthouse } = withoutSection(
    withoutPage,
    LIGHTHOUSE_SECTION,
  );
  const { rest, section: reading } = withoutSection(withoutLighthouse, READING_SECTION);
  const { rest: head, section: importing } = withoutSection(rest, IMPORT_SECTION);
  return { head, page, importing, reading, lighthouse };
}

/** The harness on one contender; its Markdown table. */
function runHarness(name: string, url: string, args: string[], out: string, ready: string) {
  run(
    'node',
    [
      'run.mjs',
      '--contender',
      url,
      '--contender-name',
      name,
      '--ready-selector',
      ready,
      '--interact-selector',
      '[data-timeline] canvas',
      '--out',
      out,
      ...args,
    ],
    HARNESS,
  );
  return readFileSync(`${out}.md`, 'utf8');
}

/**
 * The whole page as a reader on a computer sees it. The map is drawn first as a picture, and
 * MapLibre starts when the reader reaches for the map, or unasked on a computer with a graphics
 * chip (src/lib/map/map-start.svelte.ts; not where WebGL is drawn in software, as in the harness).
 * It is measured twice: with the harness's usual signal, the timeline drawn (load → idle is then
 * the page's, beside vis-timeline's in the same run), and once the map has drawn too (the zoom and
 * pan are then made with the map following the range).
 */
function benchPage(
  args: string[],
  outDir: string,
  stamp: string,
  command: string,
  machine: string,
) {
  const without = (flag: string) =>
    args.filter((arg, i, all) => arg !== flag && all[i - 1] !== flag);
  const common = [...without('--peers'), '--no-screenshots'];
  const timelineDrawn = runHarness(
    'this app (full page, timeline drawn)',
    APP_URL,
    [...common, '--peers', 'vis-timeline'],
    join(outDir, `page-${stamp}-1`),
    '[data-timeline-ready]',
  );
  const mapDrawn = runHarness(
    'this app (full page, map drawn too)',
    APP_URL,
    [...common, '--peers', 'none'],
    join(outDir, `page-${stamp}-2`),
    MAP_DRAWN,
  );
  return [
    PAGE_SECTION,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`${command}\`: the whole page ` +
      '(timeline, list, card and map) in the harness, the workload given as `?data=`. The map is ' +
      'drawn first as a picture (SVG, from our own shapes); MapLibre starts when the reader reaches ' +
      'for the map, or unasked on a computer with a graphics chip, which the harness’s Chromium ' +
      '(WebGL drawn in software) is not. It is measured twice: until the timeline has drawn (beside ' +
      'vis-timeline in the same run) and until the map has drawn too (the zoom and pan are made with ' +
      'the map following the range, which it does once a gesture comes to rest).',
    '',
    timelineDrawn,
    mapDrawn,
  ].join('\n');
}

async function main() {
  const argv = process.argv.slice(2);
  const {
    onlyImport,
    onlyReading,
    onlyLighthouse,
    onlyPage,
    onlyTimeline,
    build,
    passThrough,
    reps,
  } = readArgs(argv);
  const command = `npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}`;
  const docPath = join(ROOT, 'docs/benchmarks.md');
  if (onlyReading) {
    // in Node: no build, no browser
    const { head, page, importing, lighthouse } = previousBenchmarks(docPath);
    writeBenchmarks(docPath, head, [
      page,
      importing,
      benchReading({ reps, command, machine: machineLine() }),
      lighthouse,
    ]);
    return;
  }
  if (!onlyImport && !onlyLighthouse) {
    if (!existsSync(join(HARNESS, 'run.mjs'))) {
      throw new Error(`the benchmark harness is missing at ${HARNESS}`);
    }
    if (!existsSync(join(HARNESS, 'node_modules/vis-timeline'))) {
      run('npm', ['ci', '--no-audit', '--no-fund'], HARNESS);
    }
  }
  if (build || !existsSync(join(ROOT, 'dist/index.html'))) run('npm', ['run', 'build']);

  const server = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitFor(APP_URL);
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const machine = machineLine();
    const previous = previousBenchmarks(docPath);

    if (onlyLighthouse) {
      const { markdown, samples } = await benchLighthouse({
        appUrl: APP_URL,
        reps,
        command,
        machine,
        rawPrefix: join(outDir, `lighthouse-${stamp}-lhr`),
      });
      writeFileSync(join(outDir, `lighthouse-${stamp}.json`), JSON.stringify(samples, null, 2));
      writeBenchmarks(docPath, previous.head, [
        previous.page,
        previous.importing,
        previous.reading,
        markdown,
      ]);
      console.log(`(raw samples in ${outDir})`);
      return;
    }

    if (onlyPage) {
      const page = benchPage(passThrough, outDir, stamp, command, machine);
      writeBenchmarks(docPath, previous.head, [
        page,
        previous.importing,
        previous.reading,
        previous.lighthouse,
      ]);
      return;
    }

    let head: string;
    if (onlyImport) {
      head = previous.head;
    } else {
      // The timeline as embedded (no map) is what compares with the peers, which are timelines
      // only; the full page, with its WebGL map loading after the timeline, is measured too.
      const runs = [
        { name: 'this app (timeline, ?embed=1)', url: `${APP_URL}?embed=1`, args: passThrough },
        {
          name: 'this app (full page with map)',
          url: APP_URL,
          args: [
            ...passThrough.filter((arg, i, all) => arg !== '--peers' && all[i - 1] !== '--peers'),
            '--peers',
            'none',
            '--no-screenshots',
          ],
        },
      ];
      const tables: string[] = [];
      for (const [index, contender] of runs.entries()) {
        const out = join(outDir, `run-${stamp}-${index + 1}`);
        run(
          'node',
          [
            'run.mjs',
            '--contender',
            contender.url,
            '--contender-name',
            contender.name,
            '--ready-selector',
            '[data-timeline-ready]',
            '--interact-selector',
            '[data-timeline] canvas',
            '--out',
            out,
            ...contender.args,
          ],
          HARNESS,
        );
        tables.push(readFileSync(`${out}.md`, 'utf8'));
      }
      head =
        `# Benchmarks\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`${command}\` ` +
        '(the harness in `../shared/bench`; its README explains every column). ' +
        'These machines are small and shared: read the medians and the ratios, not single numbers.\n\n' +
        'Targets for this app: 100,000 events rendered and idle within 1.5 s of `bench:data-start`, ' +
        'zoom and pan frame p95 ≤ 20 ms with ≤ 5% dropped frames, JS heap ≤ 80 MB; ' +
        '10,000 events loaded at least 10× faster than vis-timeline, zoom p95 ≤ 17 ms.\n\n' +
        tables.join('\n');
      if (onlyTimeline) {
        writeBenchmarks(docPath, head, [
          previous.page,
          previous.importing,
          previous.reading,
          previous.lighthouse,
        ]);
        return;
      }
    }

    // Opening a 100,000-event file of one's own: the worker, the hand-over, the first frame.
    const files = await importFiles(outDir, HARNESS);
    const { markdown, samples } = await benchImport({
      appUrl: APP_URL,
      files,
      reps,
      command,
      machine,
    });
    writeFileSync(join(outDir, `import-${stamp}.json`), JSON.stringify(samples, null, 2));
    const reading = onlyImport ? previous.reading : benchReading({ reps, command, machine });
    writeBenchmarks(docPath, head, [previous.page, markdown, reading, previous.lighthouse]);
    console.log(`(raw samples in ${outDir})`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
