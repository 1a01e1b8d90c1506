/**
 * The queue card in the app's chat (place, wait and "stop waiting"), against the real server with the
 * handoff feature (on Redis when it answers) and a signed-in sandbox agent, in Debian's Chromium: once the
 * agent joins, the card says who joined and has nothing left to press (its button would have sent "stop
 * waiting" to the agent as a message); it goes once the agent hands the customer back to the assistant,
 * and its button takes the customer out of the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf, type ReceivedEvent } from './support/customer_events.ts';
import { AGENT_NAME, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { openPage, type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.skipIf(!available)('the queue card in the app once an agent takes over', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    handoff = await startHandoffServer();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await handoff?.close();
  });

  /** A fresh app page (zh-CN) whose customer asked for a person: their session id and events. */
  async function queuedCustomer(): Promise<{ page: Page; probe: PageProbe; sessionId: string }> {
    const page = await browser.newPage();
    const events: ReceivedEvent[] = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    await sendInApp(page, '转人工');
    await card(page).waitFor({ timeout: 15_000 });
    const sessionId = sessionIdOf(events);
    expect(sessionId).toBeTruthy();
    await expect
      .poll(() => handoff.snapshot()?.tickets.some((t) => t.sessionId === sessionId), { timeout: 10_000 })
      .toBe(true);
    return { page, probe, sessionId: sessionId! };
  }

  const card = (page: Page) => page.locator('#messages .bdh-card[data-card-type="queue"]');
  const cardText = async (page: Page): Promise<string> =>
    (await card(page).count()) ? await card(page).innerText() : '';

  it('says who joined, with no "stop waiting" button and no stale place, then goes when handed back', async () => {
    const { page, probe, sessionId } = await queuedCustomer();
    expect(await cardText(page)).toMatch(/排队位置\s*1/);
    expect(await card(page).locator('button').innerText()).toBe('不等人工了，继续和助手聊');

    handoff.agent.emit('conversation.claim', { sessionId });
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toBe(`人工客服 ${AGENT_NAME} 已接入`);
    expect(await card(page).locator('button').count()).toBe(0);
    await page.screenshot({ path: 'evals/reports/screenshots/test-app-queue-card-agent-joined.png' });

    handoff.agent.emit('conversation.return', { sessionId });
    await expect.poll(() => card(page).count(), { timeout: 15_000 }).toBe(0);
    await page.locator('.bubble.assistant', { hasText: '人工服务已结束' }).waitFor({ timeout: 15_000 });
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('takes the customer out of the queue with its button, and goes', async () => {
    const { page, probe, sessionId } = await queuedCustomer();
    await card(page).locator('button').click();
    await expect
      .poll(() => handoff.snapshot()?.tickets.some((t) => t.sessionId === sessionId), { timeout: 15_000 })
      .toBe(false);
    await expect.poll(() => card(page).count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('#handoff').isVisible()).toBe(false);
    await page.locator('.bubble.assistant', { hasText: '不再为您等待人工客服' }).waitFor({ timeout: 15_000 });
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
