/**
 * The app page's language switch (中文/English in the header), against the real server in Debian's
 * Chromium: the quick replies on screen go with the old language (tapping one would send its text and switch
 * the conversation back), the next ones come in the chosen language, a reply still on its way when the
 * customer switches does not switch the page back, and where an answer comes from is said in the page's
 * language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const HAN = /\p{Script=Han}/u;

describe.skipIf(!available)('the app page’s language switch', () => {
  let server: RunningServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  const quickLabels = (): Promise<string[]> => page.locator('#quick button').allInnerTexts();
  const bubbles = (): Promise<number> => page.locator('#messages > .bubble').count();
  const lang = (): Promise<string | null> => page.getAttribute('html', 'lang');

  /** Switches with the header button, when the page is not in `locale` already. */
  async function setLocale(locale: 'zh-CN' | 'en'): Promise<void> {
    if ((await lang()) !== locale) await page.click('#locale');
    expect(await lang()).toBe(locale);
  }

  /** Types a message and waits for the answer's bubble (and its quick replies, when it has any). */
  async function say(text: string): Promise<void> {
    const before = await bubbles();
    await sendInApp(page, text);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#messages > .bubble').length >= n,
      before + 2,
      { timeout: 20_000 },
    );
  }

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    server = await testServer();
    probe = await browser.open(`${server.url}/app?locale=zh-CN`);
    page = probe.page;
    await waitForAppConnected(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes the old language’s quick replies off the screen, and the next ones come in the new one', async () => {
    await say('你好');
    await page.locator('#quick button').first().waitFor();
    expect((await quickLabels()).every((l) => HAN.test(l))).toBe(true);

    await page.click('#locale');
    expect(await lang()).toBe('en');
    expect(await quickLabels()).toEqual([]);

    await say('hi');
    await page.locator('#quick button').first().waitFor();
    const labels = await quickLabels();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.some((l) => HAN.test(l))).toBe(false);
    expect(await lang()).toBe('en');
  });

  it('keeps the chosen language when the reply to an earlier message comes after the switch', async () => {
    await setLocale('en');
    const before = await bubbles();
    // Send, then switch before the answer is back: the answer is written in English, the customer chose 中文.
    await page.evaluate(() => {
      (document.getElementById('input') as HTMLInputElement).value = 'hello there';
      (document.getElementById('composer') as HTMLFormElement).requestSubmit();
      document.getElementById('locale')!.click();
    });
    expect(await lang()).toBe('zh-CN');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#messages > .bubble').length >= n,
      before + 2,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(300);
    expect(await lang()).toBe('zh-CN');
    expect(await page.locator('#send').innerText()).toBe('发送');
    // Its English quick replies are not offered on a Chinese page.
    expect(await quickLabels()).toEqual([]);

    // The server kept the choice too: a message in neither language is answered in Chinese.
    await say('hi');
    await page.locator('#quick button').first().waitFor();
    expect((await quickLabels()).every((l) => HAN.test(l))).toBe(true);
    expect(await lang()).toBe('zh-CN');
  });

  it('says where an answer comes from, and names the page and its input, in the page’s language', async () => {
    await setLocale('en');
    await say('what are your opening hours');
    const source = page.locator('#messages > .card .source').last();
    expect(await source.innerText()).toMatch(/^Source: \S/);
    // The article's Markdown list comes as bullets, not "- " lines.
    const answer = await page.locator('#messages > .card').last().innerText();
    expect(answer).toContain('•');
    expect(answer).not.toMatch(/(^|\n)- /);
    expect(await page.title()).toBe('Sandbox Bank Assistant');
    expect(await page.getAttribute('#input', 'aria-label')).toBe('Message');
    expect(await page.getAttribute('#avatar-panel', 'aria-label')).toBe('Avatar');
    await setLocale('zh-CN');
    expect(await page.title()).toBe('沙盒银行智能客服');
    expect(await page.getAttribute('#input', 'aria-label')).toBe('消息');
    expect(probe.errors).toEqual([]);
  });
});
