/**
 * Where the customer stands in a handoff, on the app and the lobby screen, against the real server with
 * the handoff feature and a signed-in sandbox agent, in Debian's Chromium: the place in the queue and the
 * wait as one localized line that follows the queue ("you're next" at the front), the agent's name once one
 * takes over, agent messages labelled with who wrote them, and the line gone once the customer is back with
 * the assistant or cancelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale, Reply } from '../../server/protocol/protocol.ts';
import { customer, next, type ClientSocket } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { AGENT_NAME, startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { openPage, waitForKioskReady } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.skipIf(!available)('handoff status on the customer pages', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;
  const others: ClientSocket[] = [];

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    handoff = await startHandoffServer();
  }, 120_000);

  afterAll(async () => {
    for (const s of others) s.close();
    await browser?.close();
    await handoff?.close();
  });

  /** Another customer (a plain socket) who asks for a person first, to stand in the queue ahead. */
  async function queueAhead(locale: Locale, text: string): Promise<ClientSocket> {
    const socket = customer(handoff.server.url, { channel: 'kiosk', locale });
    others.push(socket);
    await next(socket, 'session.ready');
    const reply = next<Reply>(socket, 'reply.text', 15_000);
    socket.emit('message.text', { text });
    expect((await reply).kind).toBe('handoff');
    return socket;
  }

  /** The handoff line's text as the customer sees it ('' while hidden). */
  const shown = (page: Page, selector: string) =>
    expect.poll(
      async () =>
        (await page.locator(selector).isVisible()) ? await page.locator(selector).textContent() : '',
      { timeout: 15_000 },
    );

  it('app (zh-CN): queue place and wait, "you are next", the agent by name, labelled agent replies', async () => {
    const first = await queueAhead('zh-CN', '转人工');
    const second = await queueAhead('zh-CN', '我要找人工客服');

    const probe = await browser.open(`${handoff.server.url}/app?locale=zh-CN`);
    const page = probe.page;
    await waitForAppConnected(page);
    await sendInApp(page, '转人工');
    await shown(page, '#handoff').toMatch(/^前面还有 2 位，预计等待约 \d+ 分钟$/);

    first.emit('handoff.cancel', {});
    await shown(page, '#handoff').toMatch(/^前面还有 1 位，预计等待约 \d+ 分钟$/);
    second.emit('handoff.cancel', {});
    await shown(page, '#handoff').toBe('您是下一位，预计等待约 1 分钟');

    await expect
      .poll(() => handoff.snapshot()?.tickets.find((t) => t.channel === 'app')?.sessionId)
      .toBeTruthy();
    const sessionId = handoff.snapshot()!.tickets.find((t) => t.channel === 'app')!.sessionId;
    handoff.agent.emit('conversation.claim', { sessionId });
    await shown(page, '#handoff').toBe(`人工客服 ${AGENT_NAME} 为您服务`);

    handoff.agent.emit('conversation.reply', { sessionId, text: '您好，我来帮您看一下。' });
    const bubble = page.locator('.bubble.agent', { hasText: '我来帮您看一下' });
    await bubble.waitFor({ timeout: 15_000 });
    expect(await bubble.locator('.speaker').textContent()).toBe(`人工客服 · ${AGENT_NAME}`);
    await page.screenshot({ path: 'evals/reports/screenshots/test-app-handoff-agent.png' });

    handoff.agent.emit('conversation.return', { sessionId });
    await shown(page, '#handoff').toBe('');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('kiosk (en): "1 person ahead", then "You\'re next", cleared when the customer cancels', async () => {
    const ahead = await queueAhead('en', 'I want to talk to a person');
    const page = await browser.newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    const probe = await openPage(page, `${handoff.server.url}/kiosk?locale=en`);
    await waitForKioskReady(page);
    await page.fill('#text', 'I want to talk to a person');
    await page.press('#text', 'Enter');
    await shown(page, '#handoff').toMatch(/^1 person ahead of you, about \d+ min wait$/);
    await page.screenshot({ path: 'evals/reports/screenshots/test-kiosk-handoff-status.png' });

    ahead.emit('handoff.cancel', {});
    await shown(page, '#handoff').toBe("You're next, about 1 min wait");

    // The queue card on the kiosk carries the customer's way out.
    await page.locator('#cards .bdh-card[data-card-type="queue"] button[data-action]').click();
    await shown(page, '#handoff').toBe('');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 90_000);
});
