/**
 * The reading part of `npm run bench`: how long the import reader (run here in Node, as the worker
 * runs it in the page) takes over files built to be slow, a megabyte in one cell. A pattern that
 * backtracks shows here as seconds; the unit tests check only what the reader says about them.
 * (The coordinate pattern once took 0.5 s over 15,000 digits and 8 s over 40,000.)
 */
import { ImportError } from '../src/lib/import/imported-chronology.ts';
import { readImport } from '../src/lib/import/read-import.ts';
import { median } from './median.ts';

export const READING_SECTION = '## Reading files built to be slow';
const CELL = 1_000_000;

interface HostileFile {
  name: string;
  text: string;
}

function hostileFiles(): HostileFile[] {
  const digits = `${'1'.repeat(CELL)}x`;
  return [
    {
      name: `a Latitude of ${CELL.toLocaleString('en')} digits and a letter`,
      text: `Year,Headline,Latitude,Longitude\n2001,a,${digits},1\n`,
    },
    {
      name: `a Year of ${CELL.toLocaleString('en')} digits and a letter`,
      text: `Year,Headline\n${digits},a\n2001,b\n`,
    },
    {
      name: `a Headline of ${CELL.toLocaleString('en')} “<” signs`,
      text: `Year,Headline\n2001,${'<'.repeat(CELL)}\n`,
    },
    {
      name: `a quoted cell of ${CELL.toLocaleString('en')} characters, never closed`,
      text: `Year,Headline\n2001,"${'a'.repeat(CELL)}\n`,
    },
  ];
}

/** One reading, in milliseconds; a refusal (ImportError) is an answer too. */
function timeReading(text: string): number {
  const started = performance.now();
  try {
    readImport(text);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  return performance.now() - started;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());

/** Reads each file `reps` times; returns the Markdown section. */
export function benchReading(options: { reps: number; command: string; machine: string }): string {
  const rows = hostileFiles().map((file) => {
    const times = Array.from({ length: options.reps }, () => timeReading(file.text));
    console.log(`reading ${file.name}: median ${ms(median(times)!)} ms`);
    return `| ${file.name} | ${ms(median(times)!)} (${ms(Math.min(...times))}–${ms(Math.max(...times))}) | ${times.length} |`;
  });
  return [
    READING_SECTION,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${options.machine} with \`${options.command}\`. ` +
      'The import reader in Node (the worker runs the same code), one reading of each file per repetition. ' +
      'Medians, with the range in brackets; a pattern that backtracks would take seconds to hours here.',
    '',
    '| file | reading ms | runs |',
    '| --- | --- | ---: |',
    ...rows,
    '',
  ].join('\n');
}
