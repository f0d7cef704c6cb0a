/**
 * The records of one hand-kept YAML list in data/, read with the line each record starts on, and
 * checked against its schema: every problem is one message naming file, line, record and field.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isNode, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { recordList } from '../src/lib/chronology/schema.ts';

export interface RawFile {
  path: string;
  records: Record<string, unknown>[];
  lines: number[];
}

/** Reads one YAML list, remembering the line each record starts on for messages. */
export function readList(dataDir: string, name: string, key: string, problems: string[]): RawFile {
  const path = displayPath(join(dataDir, name));
  let text: string;
  try {
    text = readFileSync(join(dataDir, name), 'utf8');
  } catch {
    problems.push(`${path}: file is missing or unreadable`);
    return { path, records: [], lines: [] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push(
        `${path}${line ? `:${line}` : ''}: YAML syntax: ${error.message.split('\n')[0]}`,
      );
    }
    return { path, records: [], lines: [] };
  }
  const contents = doc.contents;
  if (!isSeq(contents)) {
    problems.push(`${path}: must be a list of records`);
    return { path, records: [], lines: [] };
  }
  const lines = contents.items.map((item) => {
    const offset = isNode(item) ? (item.range?.[0] ?? 0) : 0;
    return lineCounter.linePos(offset).line;
  });
  const raw = doc.toJS() as unknown[];
  const list = recordList(key).safeParse(raw);
  if (list.success) return { path, records: list.data, lines };
  // Still check the records that are mappings, so one run lists every problem.
  const records = (raw as unknown[]).map((item) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : {},
  );
  report(problems, { path, records, lines }, key, list.error);
  return { path, records, lines };
}

/** Paths in messages: relative to where the command runs when inside it, else absolute. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

/** How a message names a record: its file, line and id (or number). */
export function describe(file: RawFile, key: string, index: number): string {
  const id = file.records[index]?.[key];
  const line = file.lines[index];
  const name = typeof id === 'string' && id !== '' ? `"${id}"` : `#${index + 1}`;
  return `${file.path}${line ? `:${line}` : ''}: record ${name}`;
}

function report(problems: string[], file: RawFile, key: string, error: z.ZodError, index?: number) {
  for (const issue of error.issues) {
    const path = index === undefined ? issue.path : [index, ...issue.path];
    const [at, field, ...rest] = path;
    if (typeof at !== 'number') {
      problems.push(`${file.path}: ${issue.message}`);
      continue;
    }
    const fieldName = [field, ...rest].filter((part) => part !== undefined).join('.');
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
    const message = missing ? 'required field is missing' : issue.message;
    problems.push(
      `${describe(file, key, at)}${fieldName ? `, field "${fieldName}"` : ''}: ${message}`,
    );
    if (issue.code === 'unrecognized_keys') {
      problems[problems.length - 1] += ` (${issue.keys.join(', ')})`;
    }
  }
}

/** The records the schema accepts; a problem for each it does not. */
export function validate<T>(
  file: RawFile,
  key: string,
  schema: z.ZodType<T>,
  problems: string[],
): T[] {
  const valid: T[] = [];
  file.records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) valid.push(result.data);
    else report(problems, file, key, result.error, index);
  });
  return valid;
}

/** The ids of a list's records, for checking references between lists. */
export const keysOf = (file: RawFile, key: string) =>
  file.records
    .map((record) => record[key])
    .filter((value): value is string => typeof value === 'string');
