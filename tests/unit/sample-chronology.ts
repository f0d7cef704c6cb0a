/** The small valid fixture dataset, compiled and decoded as the app would see it. */
import { join } from 'node:path';
import { compileDataset } from '../../scripts/compile-data.ts';
import type { CompiledDataset } from '../../src/lib/chronology/compiled.ts';
import { decodeChronology } from '../../src/lib/chronology/decode.ts';
import type { Chronology } from '../../src/lib/chronology/model.ts';

export function sampleDataset(): CompiledDataset {
  const result = compileDataset(join(import.meta.dirname, '../fixtures/data-valid'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return structuredClone(result.dataset);
}

export function sampleChronology(): Chronology {
  return decodeChronology(sampleDataset());
}
