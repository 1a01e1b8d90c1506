/**
 * The customer's own words on screen are masked as the server masks them in the transcript: a phone, card
 * or ID number keeps its last digits only, and a code typed on its own shows as ******. A walkthrough found
 * the app's bubble showing "13800138000" in full, typed in answer to a verification question, while the
 * transcript kept 138****8000. Against the real server in Debian's Chromium: the app's bubbles as typed and
 * as the resumed conversation shows them after a reload (the server's masking), and the lobby screen's
 * caption.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import { testServer } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { hook, sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const TYPED = ['13800138000', '我的卡号是 6222 0212 3456 7890 123', '身份证 110101199003077777', '246810'];
const SHOWN = ['138****8000', '我的卡号是 ***************0123', '身份证 **************7777', '******'];

describe.skipIf(!available)('the customer’s words on screen are masked', () => {
  let server: RunningServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    server = await testServer();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page shows the answer to the customer's `n`th message (something after their last bubble). */
  const replied = (page: Page, n: number): Promise<unknown> =>
    page.waitForFunction(
      (count) => {
        const all = [...document.querySelectorAll('#messages > *')];
        const mine = all.filter((e) => e.classList.contains('customer'));
        return mine.length === count && !all.at(-1)?.classList.contains('customer');
      },
      n,
      { timeout: 20_000 },
    );

  const customerBubbles = async (page: Page): Promise<string[]> =>
    page.locator('.bubble.customer').allTextContents();

  it('app: each bubble as the transcript keeps it, the same after a reload', async () => {
    const probe = await browser.open(`${server.url}/app?locale=zh-CN`);
    const page = probe.page;
    await waitForAppConnected(page);
    for (const [i, text] of TYPED.entries()) {
      await sendInApp(page, text);
      await replied(page, i + 1);
    }
    expect(await customerBubbles(page)).toEqual(SHOWN);

    await page.reload();
    await waitForAppConnected(page);
    await page.locator('.bubble.system').waitFor({ timeout: 15_000 }); // "resumed"
    expect(await customerBubbles(page)).toEqual(SHOWN);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('lobby screen: the caption of what the customer typed', async () => {
    const probe = await browser.open(`${server.url}/kiosk?locale=zh-CN`);
    const page = probe.page;
    await page.setViewportSize({ width: 900, height: 1200 });
    await waitForKioskReady(page);
    for (const [i, text] of TYPED.entries()) {
      await sayAtKiosk(page, text);
      expect(await page.locator('#caption-customer').textContent()).toBe(SHOWN[i]);
      expect(await hook<{ customer: string }>(page, 'h.extra.captions()')).toMatchObject({
        customer: SHOWN[i],
      });
    }
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
