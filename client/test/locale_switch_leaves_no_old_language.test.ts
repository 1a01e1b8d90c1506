/**
 * A language switch (中文 → English) on the lobby screen and in the app, against the real server with
 * verified transactions and the handoff feature (on Redis when it answers) and a signed-in sandbox agent,
 * in Debian's Chromium: nothing the page says stays in the old language. The lobby screen's caption of the
 * last reply gives way to a line in the new language; no quick replies; the queue card's words, the
 * state label, the handoff line and the page's own words on earlier cards change at once; and an agent
 * who joins afterwards is announced in the new language (it used to come in the language the conversation
 * was queued in) and does not switch the page back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { verifiedTransactions } from '../../server/flows/verified_transactions_feature.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf, type ReceivedEvent } from './support/customer_events.ts';
import { AGENT_NAME, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { openPage, sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const HAN = /\p{Script=Han}/u;

describe.skipIf(!available)('a language switch leaves nothing in the old language', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    handoff = await startHandoffServer([verifiedTransactions]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await handoff?.close();
  });

  const text = async (page: Page, selector: string): Promise<string> =>
    (await page.locator(selector).textContent()) ?? '';
  const queueCard = '.bdh-card[data-card-type="queue"]';

  /** The agent takes the page's conversation, then hands it back once `check` has run. */
  async function agentJoins(page: Page, events: ReceivedEvent[], check: () => Promise<void>): Promise<void> {
    const sessionId = sessionIdOf(events)!;
    await expect
      .poll(() => handoff.snapshot()?.tickets.some((t) => t.sessionId === sessionId), { timeout: 10_000 })
      .toBe(true);
    handoff.agent.emit('conversation.claim', { sessionId });
    await expect.poll(() => text(page, '#handoff'), { timeout: 15_000 }).toContain(AGENT_NAME);
    await check();
    handoff.agent.emit('conversation.return', { sessionId });
    await expect.poll(() => handoff.snapshot()?.tickets.length, { timeout: 15_000 }).toBe(0);
  }

  it('lobby screen: caption, quick replies, queue card, labels; the agent joining keeps English', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=zh-CN`);
    await waitForKioskReady(page);
    await sayAtKiosk(page, '转人工');
    await page.locator(queueCard).waitFor({ timeout: 15_000 });
    expect(await text(page, '#caption-assistant')).toMatch(HAN);
    // "Stop waiting" is on the queue card only, not a quick reply too (stop_waiting_is_offered_once.test.ts);
    // that the old language's quick replies go is kiosk_locale_switch.test.ts's.
    expect(await page.locator('#quick button').count()).toBe(0);

    await page.click('#locale');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    // The last reply's caption (and the customer's words) are not left in Chinese.
    expect(await text(page, '#caption-assistant')).not.toMatch(HAN);
    expect(await text(page, '#caption-assistant')).not.toBe('');
    expect(await text(page, '#caption-customer')).toBe('');
    expect(await page.locator('#quick button').count()).toBe(0);
    expect(await text(page, `${queueCard} h3`)).toBe('Waiting for an agent');
    expect(await text(page, `${queueCard} button`)).toBe('Stop waiting for an agent');
    expect(await text(page, '#handoff')).toMatch(/^You're next/);
    expect(await text(page, '#state')).not.toMatch(HAN);
    expect(await page.getAttribute('#text', 'aria-label')).toBe('Message');
    await page.screenshot({ path: 'evals/reports/screenshots/test-kiosk-locale-switch-queued.png' });

    await agentJoins(page, events, async () => {
      // "人工客服 … 已接入" comes in the queue's language: the screen stays in the customer's choice.
      await page.waitForTimeout(500);
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      expect(await text(page, '#send')).toBe('Send');
      expect(await text(page, '#state')).toBe('A staff member has joined');
    });
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('app: quick replies, queue card, labels; the agent joining keeps English', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    // A card with a box to fill in (the balance check asks for the phone number), then the queue.
    await sendInApp(page, '查余额');
    const phone = page.locator('#messages .bdh-card[data-card-type="verify"] input[name="phone"]');
    await phone.waitFor({ timeout: 15_000 });
    expect(await phone.getAttribute('placeholder')).toBe('预留手机号');
    await sendInApp(page, '转人工');
    const card = page.locator(`#messages ${queueCard}`);
    await card.waitFor({ timeout: 15_000 });
    // "Stop waiting" is on the queue card only (see above); app_locale_switch.test.ts has the quick replies.
    expect(await page.locator('#quick button').count()).toBe(0);

    await page.click('#locale');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#quick button').count()).toBe(0);
    const cardWords = await card.innerText();
    expect(cardWords).not.toMatch(HAN);
    expect(cardWords).toMatch(
      /^Waiting for an agent\s+Position\s+\d+\s+Estimated wait\s+\d+ min\s+Stop waiting/,
    );
    expect(await text(page, '#handoff')).toMatch(/^You're next/);
    expect(await text(page, '#avatar-state')).not.toMatch(HAN);
    expect(await text(page, '#send')).toBe('Send');
    // The page's own words on the earlier card too (the server's title stays as it was written).
    expect(await phone.getAttribute('placeholder')).toBe('Registered mobile number');
    expect(await text(page, '#messages .bdh-card[data-card-type="verify"] button')).toBe('Send');

    await agentJoins(page, events, async () => {
      await expect
        .poll(() => card.innerText(), { timeout: 15_000 })
        .toBe(`${AGENT_NAME} from our team has joined`);
      const joined = page.locator('.bubble', { hasText: 'from our team has joined' });
      await joined.waitFor({ timeout: 15_000 });
      expect((await joined.innerText()).replace(AGENT_NAME, '')).not.toMatch(HAN);
      await page.waitForTimeout(300);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await text(page, '#send')).toBe('Send');
      expect(await text(page, '#avatar-state')).toBe('Staff member joined');
    });
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
