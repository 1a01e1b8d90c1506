/**
 * While a customer waits for a person, "stop waiting" (不等人工了，继续和助手聊) is offered once: on the queue
 * card, whose button leaves the queue by the `handoff.cancel` event. A walkthrough found the lobby screen
 * showing the card's button and a quick reply with the same words side by side; the quick reply sent the
 * words as a message. Against the real server with the handoff feature and a signed-in sandbox agent, in
 * Debian's Chromium: on the lobby screen and in the app, right after the handoff and after a message
 * written while waiting (a reply without a card, which on the lobby screen used to take the card away).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { waitForAppConnected, sendInApp } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf } from './support/customer_events.ts';
import { QUEUE_CARD, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { openPage, waitForKioskReady } from './support/page_helpers.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const STOP = '不等人工了，继续和助手聊';

describe.skipIf(!available)('"stop waiting" is offered once while the customer waits', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    handoff = await startHandoffServer();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await handoff?.close();
  });

  /** Every visible button saying "stop waiting", and how many of them are on the queue card. */
  async function stopButtons(page: Page, card: string): Promise<{ all: number; onCard: number }> {
    const visible = async (selector: string): Promise<number> => {
      const buttons = await page.locator(selector, { hasText: STOP }).all();
      let n = 0;
      for (const b of buttons) if (await b.isVisible()) n++;
      return n;
    };
    return { all: await visible('button'), onCard: await visible(`${card} button`) };
  }

  const inQueue = (sessionId: string | undefined): boolean =>
    handoff.snapshot()?.tickets.some((t) => t.sessionId === sessionId) ?? false;

  async function walkThrough(
    page: Page,
    card: string,
    send: (text: string) => Promise<void>,
    lastReply: () => Promise<string>,
    sessionId: () => string | undefined,
  ): Promise<void> {
    await send('转人工');
    await page.locator(card).waitFor({ timeout: 15_000 });
    await expect.poll(() => inQueue(sessionId()), { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(300); // the quick replies of the same reply are drawn by now
    expect(await stopButtons(page, card)).toEqual({ all: 1, onCard: 1 });

    // A message while waiting: its reply has no card, and "stop waiting" again as a quick reply.
    await send('我的卡被锁了');
    await expect.poll(lastReply, { timeout: 15_000 }).toContain('您的留言已转给人工客服');
    await page.waitForTimeout(300);
    expect(await stopButtons(page, card)).toEqual({ all: 1, onCard: 1 });

    await page.locator(`${card} button`, { hasText: STOP }).click();
    await expect.poll(() => inQueue(sessionId()), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => page.locator(card).count(), { timeout: 15_000 }).toBe(0);
    expect((await stopButtons(page, card)).all).toBe(0);
  }

  it('on the lobby screen', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=zh-CN`);
    await waitForKioskReady(page);
    await walkThrough(
      page,
      QUEUE_CARD.kiosk,
      async (text) => {
        await page.fill('#text', text);
        await page.press('#text', 'Enter');
      },
      async () => (await page.locator('#caption-assistant').textContent()) ?? '',
      () => sessionIdOf(events),
    );
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('in the app', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    await walkThrough(
      page,
      QUEUE_CARD.app,
      (text) => sendInApp(page, text),
      async () => (await page.locator('.bubble.assistant').last().textContent()) ?? '',
      () => sessionIdOf(events),
    );
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
