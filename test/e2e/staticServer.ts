import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export type StaticServer = { origin: string; close: () => Promise<void> };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves `root` over plain http on a free port of 127.0.0.1: the demo needs no Office, so no
 * certificate either. Only GET and HEAD, only files inside `root`.
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const send = (status: number, text: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'method not allowed');
      return;
    }
    const file = toFile(base, request.url ?? '/');
    if (file === null) {
      send(403, 'forbidden');
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          send(404, 'not found');
          return;
        }
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      },
      () => {
        send(404, 'not found');
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) fail(error);
          else done();
        });
      }),
  };
}

/** The file a URL names inside `base`, or null for a malformed URL or one reaching outside. */
function toFile(base: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = resolve(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return file.startsWith(base + sep) ? file : null;
}
