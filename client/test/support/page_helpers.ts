/**
 * Shared browser-test steps: open a page with console/page errors captured, wait for the avatar's first
 * frame, read the page's test hook. Evaluations are passed as strings so they run unchanged whatever
 * transform the test runner applied to this file.
 */
import type { Page } from 'playwright-core';
import type { FrameSample, VisemeEvent } from './lip_sync_metrics.ts';

export interface PageProbe {
  page: Page;
  errors: string[];
}

/**
 * Console errors that are environment noise, not page bugs. The browser itself logs a reconnect attempt made
 * while a test holds the page offline (`setOffline`); when socket.io's retry timer fires in that window
 * depends on the machine's load.
 */
const IGNORED = [
  /favicon/i,
  /GPU stall due to ReadPixels/i,
  /Automatic fallback to software WebGL/i,
  /WebSocket connection to .* failed: .*net::ERR_INTERNET_DISCONNECTED/,
];

export async function openPage(page: Page, url: string): Promise<PageProbe> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !IGNORED.some((r) => r.test(m.text()))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** A lobby-screen page is usable: the avatar is loaded and the session's capability notices are shown. */
export async function waitForKioskReady(page: Page): Promise<void> {
  await waitForAvatar(page);
  await page.locator('#notices .notice').first().waitFor({ timeout: 30_000 });
}

export async function waitForAvatar(page: Page, timeoutMs = 45_000): Promise<void> {
  await page.waitForFunction(
    'window.__avatarTest && (window.__avatarTest.ready() || window.__avatarTest.error())',
    null,
    { timeout: timeoutMs, polling: 100 },
  );
  const err = await page.evaluate('window.__avatarTest.error()');
  if (err) throw new Error(`avatar failed: ${String(err)}`);
}

export function hook<T>(page: Page, expr: string): Promise<T> {
  return page.evaluate(`(() => { const h = window.__avatarTest; return ${expr}; })()`) as Promise<T>;
}

export function weights(page: Page): Promise<Record<string, number>> {
  return hook(page, 'h.expressionWeights()');
}

export function lipRecords(
  page: Page,
  sinceClock = -Infinity,
): Promise<{ frames: FrameSample[]; events: VisemeEvent[] }> {
  return hook(
    page,
    `({ frames: h.frames(${Number.isFinite(sinceClock) ? sinceClock : -1e9}), events: h.lastVisemeEvents() })`,
  );
}

export async function waitUntil(page: Page, expr: string, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(`(() => { const h = window.__avatarTest; return ${expr}; })()`, null, {
    timeout: timeoutMs,
    polling: 50,
  });
}

/** Types a message into the lobby screen's text box and waits for the reply to it to arrive. */
export async function sayAtKiosk(page: Page, text: string): Promise<void> {
  const replies = "h.log.filter((l) => l.startsWith('reply.text')).length";
  const before = await hook<number>(page, replies);
  await page.fill('#text', text);
  await page.press('#text', 'Enter');
  await waitUntil(page, `${replies} > ${before}`);
}

/**
 * Pixel difference of two PNG screenshots inside a region (CSS px), decoded in the page: the share of
 * pixels whose RGB differs by more than `threshold` in any channel.
 */
export async function regionDiff(
  page: Page,
  a: Buffer,
  b: Buffer,
  region: { x: number; y: number; width: number; height: number },
  threshold = 24,
): Promise<number> {
  const src = `(async () => {
    const load = async (b64) => { const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode(); return img; };
    const [ia, ib] = await Promise.all([load(${JSON.stringify(a.toString('base64'))}), load(${JSON.stringify(b.toString('base64'))})]);
    const r = ${JSON.stringify(region)};
    const read = (img) => { const c = document.createElement('canvas'); c.width = r.width; c.height = r.height; const g = c.getContext('2d'); g.drawImage(img, r.x, r.y, r.width, r.height, 0, 0, r.width, r.height); return g.getImageData(0, 0, r.width, r.height).data; };
    const pa = read(ia), pb = read(ib);
    let diff = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) > ${threshold} || Math.abs(pa[i + 1] - pb[i + 1]) > ${threshold} || Math.abs(pa[i + 2] - pb[i + 2]) > ${threshold}) diff++;
    }
    return diff / (pa.length / 4);
  })()`;
  return (await page.evaluate(src)) as number;
}
