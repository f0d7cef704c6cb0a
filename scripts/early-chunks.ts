/**
 * Which chunks the first render waits for beyond the entry, by what decides them: the language's
 * messages and its way of writing dates and names, and, when a link names an event, the card's
 * code (the full card, or the compact one of an embed) and the page's notices. The build writes
 * this into early-theme.js (vite.config.ts), which asks for the ones the address needs beside the
 * entry script instead of after it has run: on a slow network that saves a round trip before the
 * first paint.
 */

export interface BuiltChunk {
  fileName: string;
  /** the modules in the chunk */
  moduleIds: readonly string[];
  /** the chunks it imports statically */
  imports: readonly string[];
  /** the stylesheets it brings */
  css: readonly string[];
}

/** File names from the site's root, less `dir`, the folder they all share. */
export interface EarlyChunks {
  dir: string;
  /** each language's messages, by code */
  lang: Record<string, string[]>;
  /** how English writes dates and names, or (`foreign`) how every other language does */
  english: string[];
  foreign: string[];
  /** the card of the full page, or of an embed */
  full: string[];
  compact: string[];
  /** the page's notices (a linked event that is not there) */
  notices: string[];
}

const PARTS: [key: string, module: RegExp][] = [
  ['full', /\/components\/card\/FullEvent\.svelte$/],
  ['compact', /\/components\/card\/CompactEvent\.svelte$/],
  ['stepper', /\/components\/card\/EventStepper\.svelte$/],
  ['swipe', /\/components\/card\/swipe\.ts$/],
  ['notices', /\/components\/PageNotices\.svelte$/],
  ['english', /\/i18n\/intl\/locale-format\.ts$/],
  ['foreign', /\/i18n\/intl\/foreign-format\.ts$/],
];
const MESSAGES = /\/i18n\/messages\/([\w-]+)\.ts$/;

export function earlyChunks(chunks: readonly BuiltChunk[], entry: string): EarlyChunks {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** a chunk with everything it imports, less what the entry already brings */
  const closure = (start: string, skip: ReadonlySet<string>) => {
    const files: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || skip.has(file)) return;
      seen.add(file);
      const chunk = byFile.get(file);
      if (!chunk) return;
      files.push(file, ...chunk.css);
      chunk.imports.forEach(visit);
    };
    visit(start);
    return files;
  };
  const withEntry = new Set(closure(entry, new Set()));
  const found = new Map<string, string[]>();
  const lang: Record<string, string[]> = {};
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const code = MESSAGES.exec(id)?.[1];
      if (code) lang[code] = closure(chunk.fileName, withEntry);
      const part = PARTS.find(([, module]) => module.test(id))?.[0];
      if (part) found.set(part, closure(chunk.fileName, withEntry));
    }
  }
  const all = [...Object.values(lang), ...found.values()].flat();
  const dir = all.length > 0 && all.every((file) => file.startsWith('assets/')) ? 'assets/' : '';
  const pick = (...keys: string[]) => [
    ...new Set(keys.flatMap((key) => found.get(key) ?? []).map((file) => file.slice(dir.length))),
  ];
  const sortedLang = Object.fromEntries(
    Object.entries(lang)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, files]) => [code, files.map((file) => file.slice(dir.length))]),
  );
  return {
    dir,
    lang: sortedLang,
    english: pick('english'),
    foreign: pick('foreign'),
    full: pick('full', 'stepper', 'swipe'),
    compact: pick('compact', 'stepper', 'swipe'),
    notices: pick('notices'),
  };
}
