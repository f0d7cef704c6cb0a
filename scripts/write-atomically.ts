/**
 * Replaces a set of files together (events.json with events.csv, or the two basemaps), so that
 * no build ever takes one new and one old: every file is first written in full under a temporary
 * name beside its target, and only then are they renamed into place, each rename atomic. If
 * anything fails, the files renamed so far get their old contents back and the temporary files
 * go: the folder is as it was.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';

/** The few file operations used, so a test can make one of them fail. */
export type FileOperations = Pick<
  typeof fs,
  | 'mkdirSync'
  | 'writeFileSync'
  | 'renameSync'
  | 'rmSync'
  | 'existsSync'
  | 'linkSync'
  | 'copyFileSync'
>;

export function writeAtomically(
  outDir: string,
  files: Record<string, string>,
  io: FileOperations = fs,
): void {
  io.mkdirSync(outDir, { recursive: true });
  const stamp = `${process.pid}.${Date.now().toString(36)}`;
  const plan = Object.keys(files).map((name) => ({
    name,
    target: join(outDir, name),
    temporary: join(outDir, `.${name}.${stamp}.tmp`),
    previous: join(outDir, `.${name}.${stamp}.old`),
  }));
  const cleanUp = () => {
    for (const step of plan) {
      io.rmSync(step.temporary, { force: true });
      io.rmSync(step.previous, { force: true });
    }
  };
  try {
    for (const step of plan) io.writeFileSync(step.temporary, files[step.name]!);
    // the old contents stay reachable under another name until every new file is in place
    for (const step of plan) {
      if (!io.existsSync(step.target)) continue;
      try {
        io.linkSync(step.target, step.previous);
      } catch {
        io.copyFileSync(step.target, step.previous);
      }
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
  const replaced: typeof plan = [];
  try {
    for (const step of plan) {
      io.renameSync(step.temporary, step.target);
      replaced.push(step);
    }
  } catch (error) {
    for (const step of replaced.reverse()) {
      if (io.existsSync(step.previous)) io.renameSync(step.previous, step.target);
      else io.rmSync(step.target, { force: true });
    }
    cleanUp();
    throw error;
  }
  cleanUp();
}
