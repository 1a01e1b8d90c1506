/**
 * The state label (who is talking: the assistant, or a person) on the app and the lobby screen, against the
 * real server with speech and the handoff feature (on Redis when it answers) and a signed-in sandbox agent,
 * in Debian's Chromium: while the agent is on the conversation it says so (人工客服已接入), also after the
 * agent's message was read out (the voice path then says `idle`) and after the customer writes; it goes
 * back to the assistant's states once the agent hands the customer back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nextMatching } from '../../server/handoff/testing/agent_client.ts';
import type { ConversationMessage } from '../../server/protocol/agent_protocol.ts';
import { speechFeature } from '../../server/speech/speech_feature.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { waitForAppConnected } from './support/app_page.ts';
import { recordCustomerEvents, sessionIdOf, type ReceivedEvent } from './support/customer_events.ts';
import { startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { openPage, waitForKioskReady } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.skipIf(!available)('the state label while an agent is on the conversation', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    handoff = await startHandoffServer([speechFeature()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await handoff?.close();
  });

  /** How many `session.state` events with `state` the page has received. */
  const stateEvents = (events: readonly ReceivedEvent[], state: string): number =>
    events.filter((e) => e.event === 'session.state' && (e.payload as { state: string }).state === state)
      .length;

  /**
   * Queue, claim, an agent's message read out, a customer message, hand back: the label after each step.
   * `label` is the label's selector, `input` the text box.
   */
  async function walkThrough(
    page: Page,
    events: ReceivedEvent[],
    label: string,
    input: string,
    withAgent: string,
  ): Promise<void> {
    const shown = () => page.locator(label).innerText();
    await page.fill(input, '转人工');
    await page.press(input, 'Enter');
    await expect.poll(() => handoff.snapshot()?.tickets.length ?? 0, { timeout: 15_000 }).toBe(1);
    const sessionId = sessionIdOf(events)!;

    handoff.agent.emit('conversation.claim', { sessionId });
    await expect.poll(shown, { timeout: 15_000 }).toBe(withAgent);

    // The agent's message is read out: the voice path says speaking, then idle, once it is done.
    const idleBefore = stateEvents(events, 'idle');
    handoff.agent.emit('conversation.reply', { sessionId, text: '您好，我来帮您看一下。' });
    await expect.poll(() => stateEvents(events, 'idle'), { timeout: 20_000 }).toBeGreaterThan(idleBefore);
    await page.waitForTimeout(200);
    expect(await shown()).toBe(withAgent);

    // The customer writes to the agent (no reply from the assistant).
    const passedOn = nextMatching<ConversationMessage>(
      handoff.agent,
      'conversation.message',
      (m) => m.sessionId === sessionId && m.line.text === '我的卡被锁了',
      15_000,
    );
    await page.fill(input, '我的卡被锁了');
    await page.press(input, 'Enter');
    await passedOn;
    await page.waitForTimeout(500);
    expect(await shown()).toBe(withAgent);

    handoff.agent.emit('conversation.return', { sessionId });
    await expect.poll(shown, { timeout: 15_000 }).not.toBe(withAgent);
    await expect.poll(() => handoff.snapshot()?.tickets.length, { timeout: 10_000 }).toBe(0);
  }

  it('app: 人工客服已接入 until the agent hands the customer back', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 420, height: 860 });
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/app?locale=zh-CN`);
    await waitForAppConnected(page);
    await walkThrough(page, events, '#avatar-state', '#input', '人工客服已接入');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('lobby screen: 人工客服已接入 until the agent hands the customer back', async () => {
    const page = await browser.newPage();
    const events = recordCustomerEvents(page);
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=zh-CN`);
    await waitForKioskReady(page);
    await walkThrough(page, events, '#state', '#text', '人工客服已接入');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
