import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readOutDir } from './scripts/out-dir.ts';
import { readBasePath } from './scripts/site-url.ts';
import { firstRenderScripts, withCompileHint } from './scripts/compile-hints.ts';
import { earlyChunks, type EarlyChunks } from './scripts/early-chunks.ts';

/**
 * The unit tests that need a DOM (jsdom): components, state that reads the window, and code that
 * parses or sanitizes HTML. The rest run in plain Node, which starts in a fraction of the time —
 * a test that needs a DOM and is not listed fails with "document is not defined": list it here.
 */
const DOM_TESTS = [
  'src/App.test.ts',
  'src/components/**/*.test.ts',
  'src/lib/state/**/*.test.ts',
  'src/lib/actions/**/*.test.ts',
  'src/**/*.svelte.test.ts',
  'src/lib/theme.test.ts',
  'src/lib/import/rich-text*.test.ts',
  'src/lib/share/embed-code.test.ts',
  'src/lib/share/frame-reports.test.ts',
  'src/lib/map/map-words.test.ts',
  'scripts/event-json-ld.test.ts',
  'scripts/oembed.test.ts',
  'scripts/share-pages.test.ts',
  'scripts/sitemap.test.ts',
];

const UNIT_TESTS = ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'];

const zoomInterpolation = fileURLToPath(
  new URL('./src/lib/timeline/zoom-interpolation.ts', import.meta.url),
);

export default defineConfig({
  // BASE_PATH=/some/path/ builds a site served under that path; OUT_DIR writes it elsewhere
  base: readBasePath(),
  plugins: [
    svelte(),
    svelteTesting(),
    minifyEarlyScript(),
    {
      // d3-zoom imports d3-interpolate only for interpolateZoom: it gets ours, without the colour
      // interpolators that keep all of d3-color in the first paint's script (see the file)
      name: 'zoom-without-colour-interpolators',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === 'd3-interpolate' && importer?.includes('/d3-zoom/'))
          return zoomInterpolation;
      },
    },
  ],
  resolve: {
    alias: [
      // d3-zoom imports d3-transition only to interrupt transitions we never run (see the file)
      {
        find: /^d3-transition$/,
        replacement: fileURLToPath(
          new URL('./src/lib/timeline/zoom-without-transitions.ts', import.meta.url),
        ),
      },
    ],
  },
  // MapLibre is a large lazy chunk by nature; the initial chunk is what the budget watches.
  build: {
    target: 'es2022',
    // every browser that runs the app preloads modules itself but Safari before 17, which then
    // fetches a chunk when it is imported rather than ahead: not worth its bytes in the first script
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    outDir: readOutDir(),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: UNIT_TESTS,
          setupFiles: ['tests/property-seed.ts'],
          // plain functions of their input: one module graph per worker, not one per file
          isolate: false,
          exclude: [...configDefaults.exclude, ...DOM_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: DOM_TESTS,
          // a worker thread starts faster than a child process; each file still gets its own DOM
          pool: 'threads',
          setupFiles: ['tests/setup.ts', 'tests/property-seed.ts'],
        },
      },
    ],
  },
});

/**
 * public/ is copied as it is written; its one script, early-theme.js, runs before the first paint
 * and counts towards the initial script, so the build ships it without its comments, and with the
 * names of the chunks the first render waits for (scripts/early-chunks.ts) where it reads them.
 * Those chunks and the entry's own start with V8's compile hint (scripts/compile-hints.ts).
 */
function minifyEarlyScript() {
  let outDir = '';
  let chunks: EarlyChunks | undefined;
  return {
    name: 'minify-early-script',
    apply: 'build' as const,
    configResolved(config: { root: string; build: { outDir: string } }) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle: {
      // after Vite's own, which puts its preload map at the top of the chunks that import lazily:
      // the hint counts only on the first line
      order: 'post' as const,
      handler(
        _options: unknown,
        bundle: Record<
          string,
          | {
              type: 'chunk';
              fileName: string;
              code: string;
              isEntry: boolean;
              moduleIds: string[];
              imports: string[];
              viteMetadata?: { importedCss: Set<string> };
            }
          | { type: 'asset' }
        >,
      ) {
        const built = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk'
            ? [{ ...output, css: [...(output.viteMetadata?.importedCss ?? [])] }]
            : [],
        );
        const entry = built.find((chunk) => chunk.isEntry);
        if (!entry) return;
        chunks = earlyChunks(built, entry.fileName);
        // the first render's scripts are compiled as they arrive (scripts/compile-hints.ts)
        for (const file of firstRenderScripts(built, entry.fileName, chunks)) {
          const output = bundle[file];
          if (output?.type === 'chunk') output.code = withCompileHint(output.code);
        }
      },
    },
    async closeBundle() {
      const file = resolve(outDir, 'early-theme.js');
      const source = readFileSync(file, 'utf8');
      const marker = '/*early-chunks*/ null';
      if (!source.includes(marker)) throw new Error(`early-theme.js: no ${marker} to fill`);
      if (!chunks) throw new Error('early-theme.js: the bundle had no entry');
      const filled = source.replace(marker, JSON.stringify(chunks));
      const { code, errors } = await minify('early-theme.js', filled);
      if (errors.length > 0) throw new Error(`early-theme.js: ${errors[0]!.message}`);
      writeFileSync(file, code);
    },
  };
}
