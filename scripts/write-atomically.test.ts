import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically, type FileOperations } from './write-atomically.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding an old pair of outputs. */
function folderWithOldPair(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronology-write-'));
  made.push(dir);
  writeFileSync(join(dir, 'events.json'), 'old json');
  writeFileSync(join(dir, 'events.csv'), 'old csv');
  return dir;
}

const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** The real file operations, with one call failing. */
function failing(operation: 'writeFileSync' | 'renameSync', onCall: number): FileOperations {
  let calls = 0;
  return {
    ...fs,
    [operation]: (...args: unknown[]) => {
      calls++;
      if (calls === onCall) throw new Error(`${operation} failed (disk full)`);
      return (fs[operation] as (...args: unknown[]) => unknown)(...args);
    },
  } as FileOperations;
}

describe('writeAtomically', () => {
  it('replaces both files of a pair and leaves nothing else behind', () => {
    const dir = folderWithOldPair();
    writeAtomically(dir, { 'events.json': 'new json', 'events.csv': 'new csv' });
    expect(contents(dir)).toEqual({ 'events.json': 'new json', 'events.csv': 'new csv' });
  });

  it('writes a pair into a folder that does not exist yet', () => {
    const dir = join(folderWithOldPair(), 'data');
    writeAtomically(dir, { 'basemap.json': '{}', 'basemap-world.json': '[]' });
    expect(contents(dir)).toEqual({ 'basemap.json': '{}', 'basemap-world.json': '[]' });
  });

  it('changes nothing when the second file cannot be written', () => {
    const dir = folderWithOldPair();
    const io = failing('writeFileSync', 2);
    expect(() => writeAtomically(dir, { 'events.json': 'new', 'events.csv': 'new' }, io)).toThrow(
      'disk full',
    );
    expect(contents(dir)).toEqual({ 'events.json': 'old json', 'events.csv': 'old csv' });
  });

  it('puts the first file back when the second cannot be renamed into place', () => {
    const dir = folderWithOldPair();
    const io = failing('renameSync', 2);
    expect(() => writeAtomically(dir, { 'events.json': 'new', 'events.csv': 'new' }, io)).toThrow(
      'disk full',
    );
    expect(contents(dir)).toEqual({ 'events.json': 'old json', 'events.csv': 'old csv' });
  });

  it('removes a first file that was new when the second cannot be renamed', () => {
    const dir = folderWithOldPair();
    rmSync(join(dir, 'events.json'));
    const io = failing('renameSync', 2);
    expect(() => writeAtomically(dir, { 'events.json': 'new', 'events.csv': 'new' }, io)).toThrow();
    expect(contents(dir)).toEqual({ 'events.csv': 'old csv' });
  });
});
