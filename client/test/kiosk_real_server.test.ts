/**
 * The lobby screen against the real server (in-memory store, offline engines) in Debian's Chromium with
 * software WebGL: the avatar renders with its face where expected, text chat shows both sides' captions,
 * missing voice capabilities are shown and their buttons disabled, and the inactivity timeout resets the
 * screen for the next customer. When the server can speak, a spoken reply moves the mouth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../../server/app.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { hook, waitForAvatar, waitUntil, type PageProbe } from './support/page_helpers.ts';
import type { CanvasStats } from '../avatar/test_hook.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.skipIf(!available)('kiosk on the real server', () => {
  let server: Server;
  let browser: TestBrowser;
  let probe: PageProbe;
  let page: Page;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    server = await startServer({ port: 0, logLevel: 'warn' });
    probe = await browser.open(`${server.url}/kiosk?idleMs=4000`);
    page = probe.page;
    await waitForAvatar(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the avatar with the face in the upper middle of the screen, without console errors', async () => {
    const stats = await hook<CanvasStats>(page, 'h.canvasStats()');
    expect(stats.coverage).toBeGreaterThan(0.08);
    expect(stats.coverage).toBeLessThan(0.9);
    const head = stats.head;
    expect(head).not.toBeNull();
    if (!head) return;
    expect(head.x / stats.cssWidth).toBeGreaterThan(0.4);
    expect(head.x / stats.cssWidth).toBeLessThan(0.6);
    expect(head.y / stats.cssHeight).toBeGreaterThan(0.12);
    expect(head.y / stats.cssHeight).toBeLessThan(0.45);
    // Skin tone on the face: warm (r > g > b) and light.
    const [r, g, b] = stats.faceColor ?? [0, 0, 0];
    expect(r).toBeGreaterThan(150);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    await page.screenshot({ path: 'evals/reports/screenshots/test-kiosk-real-server.png' });
    expect(probe.errors).toEqual([]);
  });

  it('shows missing voice capabilities clearly and disables the talk buttons', async () => {
    const caps = await page.evaluate('window.__avatarTest.extra.voiceInputAvailable()');
    const notices = await page.locator('#notices .notice').allTextContents();
    if (caps === false) {
      expect(notices.join(' ')).toMatch(/暂不支持(?:普通话|英语)语音输入|voice input is not available/i);
      expect(await page.locator('#ptt').isDisabled()).toBe(true);
      expect(await page.locator('#handsfree').isDisabled()).toBe(true);
    } else {
      expect(await page.locator('#ptt').isDisabled()).toBe(false);
    }
  });

  it('answers a typed question with large captions of both sides and quick replies', async () => {
    await page.fill('#text', '你们的营业时间是什么时候？');
    await page.press('#text', 'Enter');
    await expect
      .poll(() => page.locator('#caption-customer').textContent(), { timeout: 15_000 })
      .toContain('营业时间');
    await page.waitForFunction(
      `(() => { const t = document.querySelector('#caption-assistant').textContent; return t && !/请按住|查询余额|小安/.test(t); })()`,
      null,
      { timeout: 20_000 },
    );
    const caption = await page.locator('#caption-assistant').textContent();
    expect(caption?.length ?? 0).toBeGreaterThan(2);
    const fontSize = await page.evaluate(
      `parseFloat(getComputedStyle(document.querySelector('#caption-assistant')).fontSize)`,
    );
    expect(fontSize).toBeGreaterThanOrEqual(22);
    expect(probe.errors).toEqual([]);
  });

  it('speaks a greeting with moving lips and a smile when the server has voice output (skips otherwise)', async (ctx) => {
    const notices = (await page.locator('#notices').textContent()) ?? '';
    if (/语音播报不可用|Spoken replies are unavailable/.test(notices)) {
      ctx.skip();
      return;
    }
    const since = await hook<number>(page, 'h.clock()');
    await page.fill('#text', '你好');
    await page.press('#text', 'Enter');
    const open = `Math.max(...['aa','ih','ou','ee','oh'].map((v) => h.expressionWeights()[v] ?? 0))`;
    await waitUntil(page, `${open} > 0.3`, 30_000);
    expect(await hook<number>(page, 'h.expressionWeights().happy ?? 0')).toBeGreaterThan(0.2);
    await waitUntil(page, `!h.playing() && ${open} < 0.02`, 60_000);
    const events = await hook<Array<{ start: number }>>(page, 'h.lastVisemeEvents()');
    expect(events.filter((e) => e.start >= since).length).toBeGreaterThan(3);
  }, 90_000);

  it('switches to English and back (中文/English), enabling voice input where the server has it', async () => {
    await page.click('#locale');
    await expect.poll(() => page.locator('#locale').textContent()).toBe('中文');
    expect(await page.locator('#ptt-label').textContent()).toBe('Hold to talk');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    const inputEn = (await page.evaluate('window.__avatarTest.extra.voiceInputAvailable()')) as boolean;
    expect(await page.locator('#ptt').isDisabled()).toBe(!inputEn);
    await page.click('#locale');
    await expect.poll(() => page.locator('#locale').textContent()).toBe('English');
    expect(await page.locator('#ptt-label').textContent()).toBe('按住说话');
  });

  it('resets the screen for the next customer after the inactivity timeout', async () => {
    // Speak once more so the countdown starts from a known point, then stay away.
    const before = (await page.evaluate('window.__avatarTest.extra.resets()')) as number;
    await page.fill('#text', '谢谢');
    await page.press('#text', 'Enter');
    await waitUntil(page, `h.extra.resets() > ${before}`, 60_000);
    const captions = (await page.evaluate('window.__avatarTest.extra.captions()')) as { customer: string };
    expect(captions.customer).toBe('');
    expect(await page.evaluate('document.body.classList.contains("attract")')).toBe(true);
    // The server forgot the conversation: a reload resumes an empty session.
    await page.reload();
    await waitForAvatar(page);
    expect(await page.locator('#caption-customer').textContent()).toBe('');
    expect(probe.errors).toEqual([]);
  }, 90_000);
});
