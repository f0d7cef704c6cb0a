/**
 * OUT_DIR: where the build is written (default dist/, relative to the project), so that a second
 * build (under another BASE_PATH, for the browser tests) need not replace the first.
 */
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

export function readOutDir(value: string | undefined = process.env.OUT_DIR): string {
  const text = value?.trim() || 'dist';
  return isAbsolute(text) ? text : join(ROOT, text);
}
