/**
 * The layers of src/lib are kept by ESLint (eslint.config.js): a wrong import fails `npm test`.
 * These lint one line as if it were written in a given file.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function layerErrors(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, { filePath: file });
  return result!.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

// ESLint's first run loads its parsers and plugins: seconds on a busy two-core machine
describe('the layer rules', { timeout: 30_000 }, () => {
  it('refuse the timeline importing the map, and the map the timeline', async () => {
    expect(
      await layerErrors('src/lib/timeline/probe.ts', "import { x } from '../map/bounds.ts';"),
    ).toEqual([expect.stringContaining('Views never import each other')]);
    expect(
      await layerErrors('src/lib/map/probe.ts', "import { x } from '../timeline/lanes.ts';"),
    ).toEqual([expect.stringContaining('Views never import each other')]);
  });

  it('refuse a component importing the timeline or the map', async () => {
    expect(
      await layerErrors('src/components/probe.ts', "import { x } from '../lib/timeline/lanes.ts';"),
    ).toEqual([expect.stringContaining('Views never import each other')]);
  });

  it('refuse state importing a view', async () => {
    expect(
      await layerErrors('src/lib/state/probe.ts', "import x from '../timeline/Timeline.svelte';"),
    ).toEqual([expect.stringContaining('Only views import views')]);
  });

  it('refuse the core importing state or the import readers', async () => {
    expect(
      await layerErrors(
        'src/lib/chronology/probe.ts',
        "import { x } from '../state/filters.svelte.ts';",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/lib/dates/probe.ts', "import { x } from '../import/csv-parse.ts';"),
    ).toEqual([expect.stringContaining('The core imports nothing else of the app')]);
  });

  it('keep maplibre-gl to MapView.svelte and svelte out of plain modules', async () => {
    expect(
      await layerErrors('src/lib/map/probe.ts', "import { x } from 'maplibre-gl';"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/lib/map/probe.ts', "import type { x } from 'maplibre-gl';"),
    ).toEqual([]);
    expect(
      await layerErrors('src/lib/chronology/probe.ts', "import { x } from 'svelte';"),
    ).toHaveLength(1);
  });

  it('let each layer import the ones below it', async () => {
    expect(
      await layerErrors('src/lib/timeline/probe.ts', "import { x } from '../chronology/order.ts';"),
    ).toEqual([]);
    expect(
      await layerErrors('src/lib/state/probe.ts', "import { x } from '../url/view-state.ts';"),
    ).toEqual([]);
  });
});
