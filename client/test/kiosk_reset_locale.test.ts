/**
 * The lobby screen's inactivity reset lands on the default language on both sides: a customer switches to
 * English and walks away; the next customer sees Chinese labels and starters, and the server answers them
 * in Chinese too (also after a reload, which resumes the new session with the language the server kept).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sayAtKiosk, waitForKioskReady, waitUntil, type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const HAN = /[\u4e00-\u9fff]/;

describe.skipIf(!available)('kiosk reset and language', () => {
  let server: RunningServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    server = await testServer();
    probe = await browser.open(`${server.url}/kiosk?idleMs=3000`);
    page = probe.page;
    await waitForKioskReady(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Sends a message and returns the assistant caption of its reply. */
  const say = async (text: string): Promise<string> => {
    await sayAtKiosk(page, text);
    return (await page.locator('#caption-assistant').textContent()) ?? '';
  };

  const expectChinesePage = async (starters = true): Promise<void> => {
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    expect(await page.locator('#ptt-label').textContent()).toBe('按住说话');
    expect(await page.locator('#locale').textContent()).toBe('English');
    expect(await page.locator('#send').textContent()).toBe('发送');
    if (!starters) return;
    const buttons = await page.locator('#quick button').allTextContents();
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(b).toMatch(HAN);
  };

  it('shows Chinese and answers in Chinese after a customer who chose English is reset', async () => {
    await page.click('#locale');
    await expect.poll(() => page.locator('#ptt-label').textContent()).toBe('Hold to talk');
    expect(await say('hello')).not.toMatch(HAN);

    const before = (await page.evaluate('window.__avatarTest.extra.resets()')) as number;
    await waitUntil(page, `h.extra.resets() > ${before}`, 60_000);
    // Let the reset's own events (the new session, its language) arrive before looking.
    await page.waitForTimeout(1000);
    await expectChinesePage();
    expect(await say('hello')).toMatch(HAN);
    await expectChinesePage();

    // The server kept Chinese for the new session: a reload resumes it in Chinese.
    await page.reload();
    await waitForKioskReady(page);
    await expectChinesePage(false);
    expect(probe.errors).toEqual([]);
  }, 120_000);
});
