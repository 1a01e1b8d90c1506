/**
 * The lobby screen's language button, against the real server in Debian's Chromium: the quick replies on
 * screen go with the old language (tapping one would send its text and switch the conversation back), the
 * next ones come in the chosen language, and where an answer comes from is said with the language's
 * punctuation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sayAtKiosk, waitForKioskReady, type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const HAN = /\p{Script=Han}/u;

describe.skipIf(!available)('the lobby screen’s language button', () => {
  let server: RunningServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  const quickLabels = (): Promise<string[]> => page.locator('#quick button').allTextContents();

  const say = (text: string): Promise<void> => sayAtKiosk(page, text);

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    server = await testServer();
    probe = await browser.open(`${server.url}/kiosk`);
    page = probe.page;
    await waitForKioskReady(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clears the old language’s quick replies and brings the next ones in the new one', async () => {
    await say('你好');
    const zh = await quickLabels();
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((l) => HAN.test(l))).toBe(true);

    await page.click('#locale');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await quickLabels()).toEqual([]);

    await say('hi');
    const en = await quickLabels();
    expect(en.length).toBeGreaterThan(0);
    expect(en.some((l) => HAN.test(l))).toBe(false);
  }, 120_000);

  it('names the source of an English answer with an ASCII colon, a Chinese one with a full-width one', async () => {
    await say('what are your opening hours on weekends');
    expect(await page.locator('#caption-source').textContent()).toMatch(/^Source: \S/);
    // The article's Markdown list comes as bullets, not "- " lines.
    const caption = (await page.locator('#caption-assistant').textContent()) ?? '';
    expect(caption).toContain('•');
    expect(caption).not.toMatch(/(^|\n)- /);

    await page.click('#locale');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await say('周末网点几点开门');
    expect(await page.locator('#caption-source').textContent()).toMatch(/^来源：\S/);
    expect(probe.errors).toEqual([]);
  }, 120_000);
});
