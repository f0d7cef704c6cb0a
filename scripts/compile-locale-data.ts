/**
 * Writes the locale tables the app falls back on where a browser's `Intl` lacks a language
 * (src/lib/i18n/intl/locale-data/<lang>.json, one per interface language but English), taken from
 * the full ICU Node carries: month names, date and range patterns, digits, number grouping, plural
 * categories, and the names of the ASEAN states, China and every other state in data/states.yaml.
 *
 *   tsx scripts/compile-locale-data.ts
 *
 * The files are committed, so a clean clone builds without them being made again; run from
 * `npm run data`, they change only when Node's ICU does (the tables name the ICU they came from).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { writeAtomically } from './write-atomically.ts';
import { findCountry } from '../src/lib/chronology/country-codes.ts';
import { LANGUAGES } from '../src/lib/i18n/languages.ts';
import { intlLocale } from '../src/lib/i18n/intl/intl-locale.ts';
import { buildLocaleTables } from '../src/lib/i18n/intl/locale-tables.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
export const LOCALE_DATA_DIR = join(ROOT, 'src/lib/i18n/intl/locale-data');

/** ASEAN's ten and China, named whatever the data holds, so the map and filters always have them. */
const ALWAYS = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'CN'];

export function regionCodes(statesYaml: string): string[] {
  const states = parse(statesYaml) as { code: string }[];
  const fromData = states.map((state) => {
    const country = findCountry(state.code);
    if (!country) throw new Error(`data/states.yaml: ${state.code} is no ISO 3166-1 country`);
    return country.alpha2;
  });
  return [...new Set([...ALWAYS, ...fromData])].sort();
}

export function localeDataFiles(statesYaml: string): Record<string, string> {
  const codes = regionCodes(statesYaml);
  const files: Record<string, string> = {};
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const locale = intlLocale(lang);
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) {
      throw new Error(`this Node has no ICU data for ${locale}: locale data needs full ICU`);
    }
    const tables = { icu: process.versions.icu, ...buildLocaleTables(locale, codes) };
    files[`${lang}.json`] = JSON.stringify(tables, null, 1) + '\n';
  }
  return files;
}

function main(): number {
  const files = localeDataFiles(readFileSync(join(ROOT, 'data/states.yaml'), 'utf8'));
  // Only what changed is written, so a dev server does not reload for nothing.
  const changed = Object.fromEntries(
    Object.entries(files).filter(([name, text]) => {
      const path = join(LOCALE_DATA_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    }),
  );
  if (Object.keys(changed).length > 0) writeAtomically(LOCALE_DATA_DIR, changed);
  const size = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `locale data: ${Object.keys(files).length} languages, ${size} bytes, ` +
      `${Object.keys(changed).length} changed → src/lib/i18n/intl/locale-data/`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
