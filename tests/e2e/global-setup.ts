/** Serves the production build (dist/) with `vite preview` for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL } from './browser.ts';

const ROOT = join(import.meta.dirname, '../..');

async function waitForServer(url: string, child: ChildProcess, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${seconds} s`);
}

export default async function setup() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  }
  const { port, hostname } = new URL(BASE_URL);
  const server = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--host', hostname, '--port', port, '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForServer(BASE_URL, server);
  return () => {
    server.kill();
  };
}
