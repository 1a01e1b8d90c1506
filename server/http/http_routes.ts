/**
 * Plain HTTP: `/healthz`, the client pages (`/app`, `/kiosk`, `/agent` when present), their bundles and
 * static files, and avatar files. Paths are resolved inside their folder only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Logger } from '../logger.ts';
import type { ClientBundler } from './client_bundler.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.vrm': 'model/gltf-binary',
  '.glb': 'model/gltf-binary',
  '.wav': 'audio/wav',
};
const PAGES = ['app', 'kiosk', 'agent'] as const;
/** Extra HTTP routes (agent login, sandbox inbox...) registered by other features. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => boolean | Promise<boolean>;

export interface HttpRoutesDeps {
  clientDir: string;
  avatarsDir: string;
  bundler: ClientBundler;
  health: () => Promise<Record<string, unknown>>;
  logger: Logger;
  extraRoutes?: RouteHandler[];
}

export function createHttpHandler(deps: HttpRoutesDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, deps).catch((err: unknown) => {
      deps.logger.error({ err, path: req.url }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'E_INTERNAL' });
      else res.end();
    });
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
  res.end(data);
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: HttpRoutesDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  for (const route of deps.extraRoutes ?? []) if (await route(req, res, url)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, { error: 'method not allowed' });

  if (path === '/healthz') return sendJson(res, 200, await deps.health());
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (path === '/') {
    res.writeHead(302, { location: '/app' });
    res.end();
    return;
  }
  if (path.startsWith('/avatars/')) return sendFile(res, deps.avatarsDir, path.slice('/avatars/'.length));

  const [, page, ...rest] = path.split('/');
  if (
    page &&
    (PAGES as readonly string[]).includes(page) &&
    existsSync(join(deps.clientDir, page, 'index.html'))
  ) {
    const file = rest.join('/');
    if (file === '' || file === 'index.html') return sendFile(res, join(deps.clientDir, page), 'index.html');
    if (file === 'main.js') {
      try {
        const js = await deps.bundler.bundle(page);
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-cache' });
        res.end(js);
      } catch (err) {
        deps.logger.error({ err, page }, 'client bundle failed');
        sendJson(res, 500, { error: 'E_INTERNAL', message: 'client bundle failed' });
      }
      return;
    }
    if (!file.endsWith('.ts')) return sendFile(res, join(deps.clientDir, page), file);
  }
  sendJson(res, 404, { error: 'not found' });
}

function sendFile(res: ServerResponse, dir: string, rel: string): void {
  const root = resolve(dir);
  const full = resolve(root, normalize(decodeURIComponent(rel)));
  if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isFile()) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(full)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(full).pipe(res);
}
