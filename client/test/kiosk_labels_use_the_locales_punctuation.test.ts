/**
 * The lobby screen's labels in Debian's Chromium, against the real server: the customer's caption is
 * labelled "You: " in English and "您：" in Chinese (it used to say "You：" with the Chinese full-width
 * colon), after a language switch too, and an error notice reads "Sorry, something went wrong: …" /
 * "抱歉，出现了问题：…" (the Chinese one used to get an ASCII colon).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

/** What the caption shows before the customer's words (a CSS ::before), as the page draws it. */
const customerLabel = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.getElementById('caption-customer');
    const content = el ? getComputedStyle(el, '::before').content : 'none';
    return content === 'none' ? '' : (JSON.parse(content) as string);
  });

/** Messages sent faster than the server's rate limit: the refusal is shown as a notice. */
async function tooFast(page: Page): Promise<string> {
  for (let i = 0; i < 4; i++) {
    await page.fill('#text', `${i}`);
    await page.press('#text', 'Enter');
  }
  await page.locator('#toast:not([hidden])').waitFor({ timeout: 10_000 });
  return (await page.locator('#toast').textContent()) ?? '';
}

describe.skipIf(!available)('the lobby screen’s labels use the language’s punctuation', () => {
  let server: RunningServer;
  let browser: TestBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    // Two messages at once, then one every five seconds: a burst of four is refused in part.
    server = await testServer({ rateLimitPerSec: 0.2, rateLimitBurst: 2 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (query: string): Promise<Page> => {
    const probe = await browser.open(`${server.url}/kiosk${query}`);
    const page = probe.page;
    errors.push(...probe.errors);
    await waitForKioskReady(page);
    return page;
  };

  it('English: "You: " before the customer’s words, and "您：" after switching to Chinese', async () => {
    const page = await open('?locale=en');
    await sayAtKiosk(page, 'what are your opening hours');
    expect(await customerLabel(page)).toBe('You: ');
    expect(await page.locator('#caption-customer').textContent()).toBe('what are your opening hours');
    await page.click('#locale');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    expect(await customerLabel(page)).toBe('您：');
    await page.close();
  }, 120_000);

  it('Chinese: "您：", and "English" switches it to "You: "', async () => {
    const page = await open('');
    await sayAtKiosk(page, '你们几点开门');
    expect(await customerLabel(page)).toBe('您：');
    await page.click('#locale');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await customerLabel(page)).toBe('You: ');
    await page.close();
  }, 120_000);

  it('an error notice: "label: message" in English, "标签：消息" in Chinese', async () => {
    const en = await open('?locale=en');
    expect(await tooFast(en)).toMatch(/^Sorry, something went wrong: [^：]+$/);
    await en.close();
    const zh = await open('');
    expect(await tooFast(zh)).toMatch(/^抱歉，出现了问题：[^:]+$/);
    await zh.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
