/**
 * A customer waiting for a person who reloads the page (or whose connection drops and resumes the session)
 * still sees where they stand and has something to press to stop waiting. A walkthrough found the lobby
 * screen, after a reload while queued, without the queue card and with its starter quick replies back
 * (营业时间, 挂失银行卡...), and the app without the card: nothing left the queue until a new reply came.
 * On resume the server says again where the handoff stands (`handoff.status`); the pages draw the queue card
 * from it, with the place and its "stop waiting" button (which leaves by `handoff.cancel`), and with an
 * agent already on the chat the state label says so, as it does live. Against the real server with the
 * handoff feature and a signed-in sandbox agent, in Debian's Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../server/protocol/protocol.ts';
import { STARTERS } from '../kiosk/kiosk_text.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf, type ReceivedEvent } from './support/customer_events.ts';
import { AGENT_NAME, QUEUE_CARD, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { hook, openPage, sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const WORDS: Record<
  Locale,
  { ask: string; stop: string; position: string; kioskAgent: string; appAgent: string }
> = {
  'zh-CN': {
    ask: '转人工',
    stop: '不等人工了，继续和助手聊',
    position: '排队位置',
    kioskAgent: '人工客服已接入',
    appAgent: '人工客服已接入',
  },
  en: {
    ask: 'I want to talk to a person',
    stop: 'Stop waiting for an agent',
    position: 'Position',
    kioskAgent: 'A staff member has joined',
    appAgent: 'Staff member joined',
  },
};

const KIOSK_CARD = QUEUE_CARD.kiosk;
const APP_CARD = QUEUE_CARD.app;

describe.skipIf(!available)('the queue card comes back after a resume', () => {
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

  /** The visible buttons saying `text` inside `scope`. */
  async function visibleButtons(page: Page, scope: string, text: string): Promise<number> {
    let n = 0;
    for (const b of await page.locator(`${scope} button`, { hasText: text }).all())
      if (await b.isVisible()) n++;
    return n;
  }

  const quickReplies = (page: Page): Promise<string[]> => page.locator('#quick button').allInnerTexts();

  /** The card is back with the place and its one "stop waiting" button, which leaves the queue. */
  async function cardIsBackAndLeaves(page: Page, card: string, locale: Locale, sessionId: string) {
    const w = WORDS[locale];
    await expect.poll(() => visibleButtons(page, card, w.stop), { timeout: 15_000 }).toBe(1);
    expect(await page.locator(card).count()).toBe(1);
    expect(await page.locator(`${card} dt`).allInnerTexts()).toContain(w.position);
    expect(await page.locator(`${card} dd`).first().innerText()).toBe('1');
    // "Stop waiting" once on screen, and no starter that makes no sense while waiting.
    expect(await visibleButtons(page, 'body', w.stop)).toBe(1);
    const starters = STARTERS[locale].map((s) => s.label);
    expect((await quickReplies(page)).filter((q) => starters.includes(q))).toEqual([]);

    await page.locator(`${card} button`, { hasText: w.stop }).click();
    await expect.poll(() => handoff.ticketOf(sessionId), { timeout: 15_000 }).toBeUndefined();
    await expect.poll(() => page.locator(card).count(), { timeout: 15_000 }).toBe(0);
  }

  async function claimed(events: ReceivedEvent[]): Promise<string> {
    const sessionId = sessionIdOf(events)!;
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('queued');
    handoff.agent.emit('conversation.claim', { sessionId });
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('with_agent');
    return sessionId;
  }

  async function handBack(sessionId: string): Promise<void> {
    handoff.agent.emit('conversation.return', { sessionId });
    await expect.poll(() => handoff.ticketOf(sessionId), { timeout: 15_000 }).toBeUndefined();
  }

  it('lobby screen (zh-CN): after a reload while queued', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=zh-CN`);
    await waitForKioskReady(page);
    await sayAtKiosk(page, WORDS['zh-CN'].ask);
    await page.locator(KIOSK_CARD).waitFor({ timeout: 15_000 });
    const sessionId = sessionIdOf(events)!;
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('queued');

    await page.reload();
    await waitForKioskReady(page);
    expect(sessionIdOf(events)).toBe(sessionId);
    await cardIsBackAndLeaves(page, KIOSK_CARD, 'zh-CN', sessionId);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('app (en): after a reload and after a dropped connection, while queued', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=en`);
    await waitForAppConnected(page);
    await sendInApp(page, WORDS.en.ask);
    await page.locator(APP_CARD).waitFor({ timeout: 15_000 });
    const sessionId = sessionIdOf(events)!;
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('queued');

    await page.reload();
    await waitForAppConnected(page);
    expect(sessionIdOf(events)).toBe(sessionId);
    await expect.poll(() => visibleButtons(page, APP_CARD, WORDS.en.stop), { timeout: 15_000 }).toBe(1);

    // The connection drops and the session resumes: the list is drawn again, with the card once.
    const readies = events.filter((e) => e.event === 'session.ready').length;
    await hook(page, 'h.extra.dropConnection()');
    await expect
      .poll(() => events.filter((e) => e.event === 'session.ready').length, { timeout: 15_000 })
      .toBeGreaterThan(readies);
    await waitForAppConnected(page);
    await cardIsBackAndLeaves(page, APP_CARD, 'en', sessionId);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('lobby screen (en): with an agent on the chat, the label says so after a reload', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=en`);
    await waitForKioskReady(page);
    await sayAtKiosk(page, WORDS.en.ask);
    const sessionId = await claimed(events);
    await expect
      .poll(() => page.locator('#state').innerText(), { timeout: 15_000 })
      .toBe(WORDS.en.kioskAgent);

    await page.reload();
    await waitForKioskReady(page);
    await expect
      .poll(() => page.locator('#state').innerText(), { timeout: 15_000 })
      .toBe(WORDS.en.kioskAgent);
    expect(await page.locator('#handoff').innerText()).toContain(AGENT_NAME);
    const starters = STARTERS.en.map((s) => s.label);
    expect((await quickReplies(page)).filter((q) => starters.includes(q))).toEqual([]);
    expect(await visibleButtons(page, 'body', WORDS.en.stop)).toBe(0);
    await handBack(sessionId);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('app (zh-CN): with an agent on the chat, the label says so after a reload', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    await sendInApp(page, WORDS['zh-CN'].ask);
    const sessionId = await claimed(events);
    const label = () => page.locator('#avatar-state').innerText();
    await expect.poll(label, { timeout: 15_000 }).toBe(WORDS['zh-CN'].appAgent);

    await page.reload();
    await waitForAppConnected(page);
    await expect.poll(label, { timeout: 15_000 }).toBe(WORDS['zh-CN'].appAgent);
    expect(await page.locator('#handoff').innerText()).toContain(AGENT_NAME);
    expect(await visibleButtons(page, 'body', WORDS['zh-CN'].stop)).toBe(0);
    await handBack(sessionId);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
