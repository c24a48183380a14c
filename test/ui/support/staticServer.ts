import { createServer, Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

// A tiny static server for dist/ on 127.0.0.1 and a random port: the page under test is served
// exactly as built, and every request it makes is logged so the tests can see them.

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Paths requested so far. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const file = join(root, rel === '' ? 'standalone.html' : rel);
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    stat(file)
      .then((s) => (s.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => {
          res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
          res.end(body);
        },
        () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
