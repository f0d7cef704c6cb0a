/**
 * V8's explicit compile hint (Chromium 136 and later): a script whose first line is this comment
 * has every function compiled as it streams in, on a background thread, rather than each on the
 * main thread the first time it is called. The scripts of the first render call nearly all their
 * functions then; compiled lazily, they cost a phone's main thread a long task's worth of compiling
 * in the middle of that render (about three quarters of it went, measured in a trace). Other
 * browsers read a comment.
 */
import type { BuiltChunk, EarlyChunks } from './early-chunks.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The script with the hint as its first line (it counts only there), once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * The scripts the first render runs: the entry with what it imports, and the chunks it may wait
 * for (a language's messages and formats, a card, the notices). Not the parts that come later.
 */
export function firstRenderScripts(
  chunks: readonly BuiltChunk[],
  entry: string,
  early: EarlyChunks,
): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const scripts = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file) || !byFile.has(file)) return;
    scripts.add(file);
    byFile.get(file)!.imports.forEach(visit);
  };
  visit(entry);
  const waitedFor = [
    ...Object.values(early.lang).flat(),
    ...early.english,
    ...early.foreign,
    ...early.full,
    ...early.compact,
    ...early.notices,
  ];
  for (const file of waitedFor) visit(early.dir + file);
  return scripts;
}
