/**
 * A small static file server, as a web host that publishes the site under a sub-path would be:
 * `basePath` maps to `dir`, a folder answers with its index.html, anything else is 404.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function fileFor(dir: string, relative: string): string | undefined {
  const path = normalize(join(dir, decodeURIComponent(relative)));
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory() && statSync(join(path, 'index.html')).isFile()) {
      return join(path, 'index.html');
    }
  } catch {
    // not there
  }
  return undefined;
}

/** Listens on 127.0.0.1 (`port` 0: any free port); gives back its origin and a way to stop. */
export async function serveUnder(
  dir: string,
  basePath: string,
  port = 0,
): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (`${pathname}/` === basePath) {
      response.writeHead(301, { location: basePath }).end();
      return;
    }
    const file = pathname.startsWith(basePath)
      ? fileFor(dir, pathname.slice(basePath.length))
      : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // a folder asked for without its final slash, as static hosts do: to the address with it
    if (
      file.endsWith(`${sep}index.html`) &&
      !pathname.endsWith('/') &&
      !pathname.endsWith('.html')
    ) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
