/** The small valid fixture dataset, compiled and decoded as the app would see it. */
import { join } from 'node:path';
import { compileDataset } from '../../scripts/compile-data.ts';
import type { CompiledDataset } from '../../src/lib/dataset/compiled.ts';
import { decodeChronology } from '../../src/lib/dataset/decode.ts';
import type { Chronology } from '../../src/lib/dataset/model.ts';

export function sampleDataset(): CompiledDataset {
  const result = compileDataset(join(import.meta.dirname, '../fixtures/data-valid'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return structuredClone(result.dataset);
}

export function sampleChronology(): Chronology {
  return decodeChronology(sampleDataset());
}
