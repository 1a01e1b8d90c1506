/**
 * A page that only lost its connection keeps what it showed. When the handoff ended while it was away (the
 * agent handed the customer back to the assistant or closed the chat, or the queue was left from another
 * tab), the app came back still saying "Staff member joined" with the agent's line, or "You're next", and
 * the lobby screen with its queue card and "stop waiting" button, though nobody was there any more. On
 * resume the server says the customer is back with the assistant (`handoff.status` `returned`), and the
 * pages take their agent line, state label and queue card away.
 * Against the real server with the handoff feature and a signed-in sandbox agent, in Debian's Chromium; the
 * page is kept offline while the handoff ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale, SessionReady } from '../../server/protocol/protocol.ts';
import { customer, next } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf, type ReceivedEvent } from './support/customer_events.ts';
import { AGENT_NAME, QUEUE_CARD, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { hook, openPage, sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const WORDS: Record<Locale, { ask: string; stop: string; agent: string; kioskAgent: string; next: string }> =
  {
    'zh-CN': {
      ask: '转人工',
      stop: '不等人工了，继续和助手聊',
      agent: '人工客服已接入',
      kioskAgent: '人工客服已接入',
      next: '您是下一位',
    },
    en: {
      ask: 'I want to talk to a person',
      stop: 'Stop waiting for an agent',
      agent: 'Staff member joined',
      kioskAgent: 'A staff member has joined',
      next: "You're next",
    },
  };

const APP_CARD = QUEUE_CARD.app;
const KIOSK_CARD = QUEUE_CARD.kiosk;

describe.skipIf(!available)('a handoff that ended while the app page was away', () => {
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

  const label = (page: Page) => page.locator('#avatar-state').innerText();
  const line = (page: Page) => page.locator('#handoff');
  const readies = (events: ReceivedEvent[]) => events.filter((e) => e.event === 'session.ready').length;

  /** The app page in `locale`, its customer queued. */
  async function queuedApp(locale: Locale) {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=${locale}`);
    await waitForAppConnected(page);
    await sendInApp(page, WORDS[locale].ask);
    await page.locator(APP_CARD).waitFor({ timeout: 15_000 });
    const sessionId = sessionIdOf(events)!;
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('queued');
    return { page, events, probe, sessionId };
  }

  /** The connection drops and cannot come back until `whileAway` is done; then the session resumes. */
  async function awayWhile(page: Page, events: ReceivedEvent[], whileAway: () => Promise<void>) {
    const before = readies(events);
    await page.context().setOffline(true);
    await hook(page, 'h.extra.dropConnection()');
    await expect.poll(() => hook<boolean>(page, 'h.extra.connected()'), { timeout: 15_000 }).toBe(false);
    await whileAway();
    await page.context().setOffline(false);
    await expect.poll(() => readies(events), { timeout: 30_000 }).toBeGreaterThan(before);
  }

  /** Nothing on the page says the customer waits for, or talks to, a person. */
  async function backWithTheAssistant(page: Page, locale: Locale) {
    await expect.poll(() => line(page).isHidden(), { timeout: 15_000 }).toBe(true);
    expect(await line(page).innerText()).toBe('');
    expect(await label(page)).not.toBe(WORDS[locale].agent);
    expect(await page.locator(APP_CARD).count()).toBe(0);
    expect(await page.locator('button', { hasText: WORDS[locale].stop }).count()).toBe(0);
  }

  it('en: the agent handed the customer back while the page was away', async () => {
    const { page, events, probe, sessionId } = await queuedApp('en');
    handoff.agent.emit('conversation.claim', { sessionId });
    await expect.poll(() => label(page), { timeout: 15_000 }).toBe(WORDS.en.agent);
    await expect.poll(() => line(page).innerText(), { timeout: 15_000 }).toContain(AGENT_NAME);

    await awayWhile(page, events, async () => {
      handoff.agent.emit('conversation.return', { sessionId });
      await expect.poll(() => handoff.ticketOf(sessionId), { timeout: 15_000 }).toBeUndefined();
    });
    await waitForAppConnected(page);
    expect(sessionIdOf(events)).toBe(sessionId);
    await backWithTheAssistant(page, 'en');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('zh-CN: the queue was left from another tab while the page was away', async () => {
    const { page, events, probe, sessionId } = await queuedApp('zh-CN');
    await expect.poll(() => line(page).innerText(), { timeout: 15_000 }).toContain(WORDS['zh-CN'].next);
    const resumeToken = (events.find((e) => e.event === 'session.ready')!.payload as SessionReady)
      .resumeToken;

    await awayWhile(page, events, async () => {
      const tab = customer(handoff.server.url, { channel: 'app', locale: 'zh-CN', resumeToken });
      try {
        expect((await next<SessionReady>(tab, 'session.ready')).sessionId).toBe(sessionId);
        tab.emit('handoff.cancel', {});
        await expect.poll(() => handoff.ticketOf(sessionId), { timeout: 15_000 }).toBeUndefined();
      } finally {
        tab.close();
      }
    });
    await waitForAppConnected(page);
    expect(sessionIdOf(events)).toBe(sessionId);
    await backWithTheAssistant(page, 'zh-CN');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('lobby screen (en): the agent took the chat and closed it while the screen was away', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=en`);
    await waitForKioskReady(page);
    await sayAtKiosk(page, WORDS.en.ask);
    await page.locator(KIOSK_CARD).waitFor({ timeout: 15_000 });
    const sessionId = sessionIdOf(events)!;
    await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('queued');
    await expect.poll(() => line(page).innerText(), { timeout: 15_000 }).toContain(WORDS.en.next);

    await awayWhile(page, events, async () => {
      handoff.agent.emit('conversation.claim', { sessionId });
      await expect.poll(() => handoff.ticketOf(sessionId)?.state, { timeout: 15_000 }).toBe('with_agent');
      handoff.agent.emit('conversation.close', { sessionId, disposition: 'resolved' });
      await expect.poll(() => handoff.ticketOf(sessionId), { timeout: 15_000 }).toBeUndefined();
    });
    expect(sessionIdOf(events)).toBe(sessionId);
    // The screen kept its card through the drop; the resume takes it away with the line.
    await expect.poll(() => page.locator(KIOSK_CARD).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => line(page).isHidden(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#state').innerText()).not.toBe(WORDS.en.kioskAgent);
    expect(await page.locator('button', { hasText: WORDS.en.stop }).count()).toBe(0);
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
