/**
 * Datasets for the compiler's tests: the small valid one in tests/fixtures/data-valid, or a copy
 * of it with one file edited, and folders for outputs. Call `removeDataCopies` after each test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset } from '../../scripts/compile-data.ts';

export const VALID = join(import.meta.dirname, '../fixtures/data-valid');
const made: string[] = [];

/** A copy of the small valid dataset with one file edited. */
export function fixtureWith(file?: string, edit?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronology-data-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  if (file && edit) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

/** What the compiler says of a dataset: its problems, none when it compiles. */
export function problemsOf(dir: string): string[] {
  const result = compileDataset(dir);
  return result.ok ? [] : result.problems;
}

/** An empty folder for the compiler's outputs, removed with the copies. */
export function outputDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronology-out-'));
  made.push(dir);
  return dir;
}

export function removeDataCopies() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
