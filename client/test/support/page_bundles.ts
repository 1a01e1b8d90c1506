/**
 * Serves the client pages the way the real server does (`/<page>`, `/<page>/main.js` bundled with
 * esbuild, static files, `/avatars/*`), for the tiny fake socket.io server of the browser tests.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.vrm': 'model/gltf-binary',
};

const bundles = new Map<string, Promise<string>>();

export function bundlePage(page: string, minify = false): Promise<string> {
  const key = `${page}:${minify}`;
  let p = bundles.get(key);
  if (!p) {
    p = build({
      entryPoints: [join(ROOT, 'client', page, 'main.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]?.text ?? '');
    bundles.set(key, p);
  }
  return p;
}

function sendFile(res: ServerResponse, dir: string, rel: string): void {
  const root = resolve(dir);
  const full = resolve(root, normalize(decodeURIComponent(rel)));
  if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream' })
    .end(readFileSync(full));
}

export async function servePages(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path.startsWith('/avatars/'))
    return sendFile(res, join(ROOT, 'avatars'), path.slice('/avatars/'.length));
  const [, page, ...rest] = path.split('/');
  if (!page || !['kiosk', 'app'].includes(page)) {
    res.writeHead(404).end();
    return;
  }
  const file = rest.join('/');
  if (file === '' || file === 'index.html') return sendFile(res, join(ROOT, 'client', page), 'index.html');
  if (file === 'main.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'] ?? '' }).end(await bundlePage(page));
    return;
  }
  if (!file.endsWith('.ts')) return sendFile(res, join(ROOT, 'client', page), file);
  res.writeHead(404).end();
}
