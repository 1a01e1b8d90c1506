/**
 * Avatar benchmark: `npm run bench -- avatar [--seconds 5] [--kiosk 1080x1920] [--app 420x860] [--loads 3]`.
 * Prints JSON: time to the first avatar frame per page (real server on localhost, bundle warmed), frames
 * per second over N seconds (Debian Chromium, software GL), lip-sync offsets p50/p95 (each viseme's
 * weight peak vs its scheduled audio time, synthetic speech from a fake socket server), and each page's
 * JS minified + gzipped. Saves a screenshot of each page to evals/reports/screenshots/.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startServer } from '../../server/app.ts';
import { chromiumAvailable, launchChromium, CHROMIUM_PATH } from '../../client/test/support/browser.ts';
import { startFakeCustomerServer, synthUtterance } from '../../client/test/support/fake_customer_server.ts';
import { percentile, visemePeaks } from '../../client/test/support/lip_sync_metrics.ts';
import { hook, lipRecords, waitForAvatar, waitUntil } from '../../client/test/support/page_helpers.ts';
import { ROOT } from '../../client/test/support/page_bundles.ts';
import type { Viseme } from '../../server/protocol/protocol.ts';

const SCREENSHOTS = `${ROOT}evals/reports/screenshots`;
const TARGETS = { firstFrameMs: 1000, fps: 55, lipSyncP95Ms: 20, jsGzipKB: 250 };

interface Options {
  seconds: number;
  kiosk: { width: number; height: number };
  app: { width: number; height: number };
  loads: number;
}

function parseSize(
  v: string | undefined,
  fallback: { width: number; height: number },
): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/.exec(v ?? '');
  return m ? { width: Number(m[1]), height: Number(m[2]) } : fallback;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    seconds: Number(get('seconds') ?? 5),
    kiosk: parseSize(get('kiosk'), { width: 1080, height: 1920 }),
    app: parseSize(get('app'), { width: 420, height: 860 }),
    loads: Number(get('loads') ?? 3),
  };
}

async function jsSizes(): Promise<Record<string, { minifiedKB: number; gzipKB: number }>> {
  const out: Record<string, { minifiedKB: number; gzipKB: number }> = {};
  for (const page of ['kiosk', 'app']) {
    const r = await build({
      entryPoints: [`${ROOT}client/${page}/main.ts`],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const js = r.outputFiles[0]?.contents ?? new Uint8Array();
    out[page] = {
      minifiedKB: Math.round(js.byteLength / 102.4) / 10,
      gzipKB: Math.round(gzipSync(js, { level: 9 }).byteLength / 102.4) / 10,
    };
  }
  return out;
}

const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;

/** Loads the page `loads` times; returns the median ms from navigation to the first avatar frame. */
async function firstFrame(page: Page, url: string, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    await page.goto(url);
    await waitForAvatar(page);
    times.push(round((await hook<number>(page, 'h.firstFrameMs()')) ?? NaN, 0));
  }
  return times;
}

async function measureFps(
  page: Page,
  seconds: number,
): Promise<{ fps: number; renderScale: number; canvas: string }> {
  await page.waitForTimeout(1500);
  const frames0 = await hook<number>(page, 'h.frames().length');
  const t0 = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const frames1 = await hook<number>(page, 'h.frames().length');
  const elapsed = (Date.now() - t0) / 1000;
  const canvas = await page.evaluate(
    `(() => { const c = document.querySelector('canvas'); return c.width + 'x' + c.height; })()`,
  );
  const renderScale = round(await hook<number>(page, 'h.renderScale()'), 2);
  return { fps: round((frames1 - frames0) / elapsed), renderScale, canvas: String(canvas) };
}

/**
 * The ceiling of this machine: fps of a trivial animated WebGL canvas filling the same viewport. With
 * software GL and software compositing, redrawing the viewport itself costs more than the avatar.
 */
async function ceilingFps(page: Page, url: string, seconds: number): Promise<number> {
  await page.goto(`${url}/avatars/manifest.json`);
  const fps = await page.evaluate(`(async () => {
    document.body.innerHTML = '';
    const c = document.createElement('canvas');
    c.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh';
    c.width = Math.round(innerWidth * 0.38); c.height = Math.round(innerHeight * 0.38);
    document.body.appendChild(c);
    const gl = c.getContext('webgl2');
    let n = 0;
    const t0 = performance.now();
    await new Promise((done) => {
      const frame = () => {
        gl.clearColor((n % 60) / 60, 0.5, 0.7, 1);
        gl.clear(gl.COLOR_BUFFER_BIT);
        n++;
        if (performance.now() - t0 < ${seconds * 1000}) requestAnimationFrame(frame); else done();
      };
      requestAnimationFrame(frame);
    });
    return n / ((performance.now() - t0) / 1000);
  })()`);
  return round(fps as number);
}

async function lipSync(
  page: Page,
  fakeUrl: string,
  speak: (id: string) => void,
): Promise<Record<string, number>> {
  await page.goto(`${fakeUrl}/kiosk`);
  await waitForAvatar(page);
  await page.waitForTimeout(1000);
  speak('bench-lipsync');
  await waitUntil(page, 'h.playing()', 10_000);
  await waitUntil(page, '!h.playing()', 30_000);
  const { frames, events } = await lipRecords(page);
  const peaks = visemePeaks(frames, events);
  const abs = peaks.map((p) => Math.abs(p.offsetMs));
  return {
    visemes: events.length,
    measured: peaks.length,
    p50Ms: round(percentile(abs, 50)),
    p95Ms: round(percentile(abs, 95)),
    signedP50Ms: round(
      percentile(
        peaks.map((p) => p.offsetMs),
        50,
      ),
    ),
    medianFrameMs: round(
      percentile(
        peaks.map((p) => p.frameMs),
        50,
      ),
    ),
  };
}

export async function runAvatarBench(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const js = await jsSizes();
  if (!chromiumAvailable()) {
    console.log(
      JSON.stringify(
        { skipped: `Chromium not found at ${CHROMIUM_PATH}`, jsSize: js, targets: TARGETS },
        null,
        2,
      ),
    );
    return;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ port: 0, logLevel: 'warn' });
  const pattern: Array<readonly [Viseme, number]> = [['sil', 200]];
  const vowels: Viseme[] = ['aa', 'ih', 'ou', 'ee', 'oh'];
  for (let i = 0; i < 40; i++)
    pattern.push(
      [vowels[i % 5] ?? 'aa', 120 + ((i * 37) % 90)],
      ...(i % 6 === 5 ? [['sil', 150] as const] : []),
    );
  const fake = await startFakeCustomerServer({ autoReply: false });
  const browser = await launchChromium(opts.kiosk);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Warm the server's bundle cache so first-frame measures the page, not esbuild.
    await Promise.all(
      ['kiosk', 'app'].map((p) => fetch(`${server.url}/${p}/main.js`).then((r) => r.arrayBuffer())),
    );

    const ceiling = await ceilingFps(page, server.url, Math.min(3, opts.seconds));
    const kioskFirst = await firstFrame(page, `${server.url}/kiosk`, opts.loads);
    const kioskFps = await measureFps(page, opts.seconds);

    await page.screenshot({ path: `${SCREENSHOTS}/kiosk.png` });

    await page.setViewportSize(opts.app);
    const appFirst = await firstFrame(page, `${server.url}/app?locale=zh-CN`, opts.loads);
    const appFps = await measureFps(page, opts.seconds);
    await page.fill('#input', '营业时间是几点？');
    await page.press('#input', 'Enter');
    await page.locator('.card, .bubble.assistant >> nth=1').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/app.png` });

    await page.setViewportSize(opts.kiosk);
    const lip = await lipSync(page, fake.url, (id) => fake.speak('基准测试', synthUtterance(id, pattern)));
    await page.screenshot({ path: `${SCREENSHOTS}/kiosk-after-speech.png` });

    const median = (xs: number[]): number => percentile(xs, 50);
    const result = {
      environment: {
        chromium: CHROMIUM_PATH,
        gl: await page.evaluate(
          `(() => { const gl = document.createElement('canvas').getContext('webgl2'); const i = gl && gl.getExtension('WEBGL_debug_renderer_info'); return i ? gl.getParameter(i.UNMASKED_RENDERER_WEBGL) : 'unknown'; })()`,
        ),
        loadAverage: (await import('node:os')).loadavg().map((l) => round(l, 2)),
        ceilingFps: { viewport: `${opts.kiosk.width}x${opts.kiosk.height}`, fps: ceiling },
      },
      firstFrameMs: {
        kiosk: median(kioskFirst),
        app: median(appFirst),
        samples: { kiosk: kioskFirst, app: appFirst },
      },
      fps: {
        kiosk: { viewport: `${opts.kiosk.width}x${opts.kiosk.height}`, ...kioskFps },
        app: { viewport: `${opts.app.width}x${opts.app.height}`, ...appFps },
      },
      lipSync: lip,
      jsSize: js,
      targets: TARGETS,
      screenshots: ['kiosk.png', 'app.png', 'kiosk-after-speech.png'].map(
        (f) => `evals/reports/screenshots/${f}`,
      ),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await fake.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('avatar.ts')) {
  runAvatarBench(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
