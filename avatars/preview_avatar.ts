/**
 * Renders the avatar in headless Chromium (software GL) for a look: one PNG per view into
 * evals/reports/screenshots/. Run: `npx tsx avatars/preview_avatar.ts [expr ...]`.
 * Views are query strings of avatars/preview/entry.ts: expr, w, wave, tpose, framing, cam, ty, src.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../client/test/support/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}evals/reports/screenshots`;

export async function previewAvatar(views: string[], size = { width: 720, height: 900 }): Promise<string[]> {
  const bundle = await build({
    entryPoints: [`${ROOT}avatars/preview/entry.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  const html =
    '<!doctype html><html><body style="margin:0;background:linear-gradient(#eef3f8,#cfdbe8)">' +
    '<div id="stage" style="width:100vw;height:100vh"></div><script type="module" src="/entry.js"></script></body></html>';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/entry.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (path.endsWith('.vrm')) res.writeHead(200).end(readFileSync(`${ROOT}avatars${path}`));
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium(size);
  const files: string[] = [];
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') console.error('[page]', m.text());
    });
    for (const [i, view] of views.entries()) {
      await page.goto(`http://127.0.0.1:${port}/?${view}`);
      await page.waitForFunction(() => window.__previewReady || window.__previewError, null, {
        timeout: 30_000,
      });
      const err = await page.evaluate(() => window.__previewError);
      if (err) throw new Error(err);
      const file = `${OUT}/avatar-preview-${i}-${view.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)}.png`;
      await page.screenshot({ path: file });
      files.push(file);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const views = process.argv.slice(2);
  previewAvatar(views.length ? views : ['expr=', 'expr=aa', 'expr=happy', 'expr=blink'])
    .then((files) => console.log(files.join('\n')))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
