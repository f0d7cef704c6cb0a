import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readOutDir } from './scripts/out-dir.ts';
import { readBasePath } from './scripts/site-url.ts';

const zoomInterpolation = fileURLToPath(
  new URL('./src/lib/timeline/zoom-interpolation.ts', import.meta.url),
);

export default defineConfig({
  // BASE_PATH=/some/path/ builds a site served under that path; OUT_DIR writes it elsewhere
  base: readBasePath(),
  plugins: [
    svelte(),
    svelteTesting(),
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
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    outDir: readOutDir(),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts', 'tests/property-seed.ts'],
  },
});
