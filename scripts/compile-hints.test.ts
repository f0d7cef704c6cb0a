import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, firstRenderScripts, withCompileHint } from './compile-hints.ts';
import { earlyChunks, type BuiltChunk } from './early-chunks.ts';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): BuiltChunk => ({
  fileName,
  moduleIds,
  imports,
  css: fileName.endsWith('.js') ? [`${fileName.slice(0, -3)}.css`] : [],
});

const CHUNKS = [
  chunk('assets/index.js', ['/src/main.ts'], ['assets/dates.js']),
  chunk('assets/dates.js', ['/src/lib/dates/partial-date.ts']),
  chunk('assets/en.js', ['/src/lib/i18n/messages/en.ts']),
  chunk('assets/vi.js', ['/src/lib/i18n/messages/vi.ts']),
  chunk('assets/locale-format.js', ['/src/lib/i18n/intl/locale-format.ts']),
  chunk('assets/foreign-format.js', ['/src/lib/i18n/intl/foreign-format.ts']),
  chunk('assets/FullEvent.js', ['/src/components/card/FullEvent.svelte'], ['assets/shared.js']),
  chunk('assets/shared.js', ['/src/lib/chronology/describe.ts']),
  chunk('assets/MapView.js', ['/src/lib/map/MapView.svelte']),
  chunk('assets/ShareBar.js', ['/src/components/ShareBar.svelte']),
];

describe('compile hints', () => {
  it('puts the hint on the first line, where alone it counts, and only once', () => {
    const hinted = withCompileHint('const a=1;export{a};');
    expect(hinted.split('\n')[0]).toBe(COMPILE_HINT);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('hints the scripts of the first render, and not the parts that come after it', () => {
    const early = earlyChunks(CHUNKS, 'assets/index.js');
    const scripts = firstRenderScripts(CHUNKS, 'assets/index.js', early);
    expect([...scripts].sort()).toEqual([
      'assets/FullEvent.js',
      'assets/dates.js',
      'assets/en.js',
      'assets/foreign-format.js',
      'assets/index.js',
      'assets/locale-format.js',
      'assets/shared.js',
      'assets/vi.js',
    ]);
  });
});
