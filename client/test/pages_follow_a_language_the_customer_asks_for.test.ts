/**
 * A customer who types "switch to English" or "说中文" instead of pressing the language button: the server
 * switches the conversation, and the page follows it (labels, the button, the quick replies, the language
 * of the next reload), on the app page and at the lobby screen. Against the real server in Debian's
 * Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { languageFeature } from '../../server/dialogue/language_feature.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const HAN = /\p{Script=Han}/u;

describe.skipIf(!available)('pages follow a language the customer asks for', () => {
  let server: RunningServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    server = await testServer({}, { features: [languageFeature] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('app page: "switch to English" in a Mandarin chat turns the page English', async () => {
    const { page } = await browser.open(`${server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    expect(await page.textContent('#send')).toBe('发送');

    await sendInApp(page, 'switch to English');
    await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 20_000 }).toBe('en');
    expect(await page.textContent('#title')).toBe('Sandbox Bank Assistant');
    expect(await page.textContent('#send')).toBe('Send');
    expect(await page.textContent('#locale')).toBe('中文');
    expect(await page.getAttribute('#input', 'placeholder')).not.toMatch(HAN);
    await page.locator('#quick button').first().waitFor();
    const quick = await page.locator('#quick button').allInnerTexts();
    expect(quick).toContain('check balance');
    expect(quick.some((l) => HAN.test(l))).toBe(false);
    const last = page.locator('#messages > .bubble').last();
    expect(await last.textContent()).toContain('Sure, let’s continue in English.');

    // A reload comes back in English: the server keeps the session's language.
    await page.reload();
    await waitForAppConnected(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#send')).toBe('Send');
  }, 120_000);

  it('lobby screen: "说中文" at an English kiosk turns the screen Mandarin', async () => {
    const { page } = await browser.open(`${server.url}/kiosk?locale=en`);
    await waitForKioskReady(page);
    expect(await page.textContent('#assistant')).toBe('Digital Assistant');

    await sayAtKiosk(page, '说中文');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    expect(await page.textContent('#bank')).toBe('沙盒银行');
    expect(await page.textContent('#assistant')).toBe('智能客服');
    expect(await page.textContent('#locale')).toBe('English');
    expect(await page.textContent('#caption-assistant')).toContain('好的，我们用中文继续。');
    const quick = await page.locator('#quick button').allTextContents();
    expect(quick).toContain('查余额');
  }, 120_000);
});
