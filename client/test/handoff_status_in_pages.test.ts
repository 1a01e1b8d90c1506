/**
 * Where the customer stands in a handoff, on the app and the lobby screen, against the real server with
 * the handoff feature and a signed-in sandbox agent, in Debian's Chromium: the place in the queue and the
 * wait as one localized line that follows the queue ("you're next" at the front), the agent's name once one
 * takes over, agent messages labelled with who wrote them, and the line gone once the customer is back with
 * the assistant or cancelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import type { RunningServer } from '../../server/app.ts';
import type { QueueSnapshot } from '../../server/protocol/agent_protocol.ts';
import type { Locale, Reply } from '../../server/protocol/protocol.ts';
import { agentSocket, handoffForTests, signIn } from '../../server/handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from '../../server/test/support/harness.ts';
import { acquireBrowserLock } from './support/browser_lock.ts';
import { chromiumAvailable, launchChromium, SKIP_MESSAGE, type ChromiumSession } from './support/browser.ts';
import { openPage, waitForKioskReady, type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const AGENT_NAME = '坐席一号 Agent One';

describe.skipIf(!available)('handoff status on the customer pages', () => {
  let server: RunningServer;
  let browser: ChromiumSession;
  let agent: Socket;
  let snapshot: QueueSnapshot | null = null;
  const others: ClientSocket[] = [];
  let release: () => void = () => undefined;

  beforeAll(async () => {
    release = await acquireBrowserLock();
    server = await testServer({}, { features: [handoffForTests()] });
    const { token } = await signIn(server.url);
    agent = agentSocket(server.url, { token });
    agent.on('queue.snapshot', (s: QueueSnapshot) => (snapshot = s));
    await next(agent, 'agent.ready');
    browser = await launchChromium({ width: 420, height: 860 });
  }, 120_000);

  afterAll(async () => {
    for (const s of others) s.close();
    agent?.close();
    await browser?.close();
    await server?.close();
    release();
  });

  /** Another customer (a plain socket) who asks for a person first, to stand in the queue ahead. */
  async function queueAhead(locale: Locale, text: string): Promise<ClientSocket> {
    const socket = customer(server.url, { channel: 'kiosk', locale });
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

    const page = await browser.context.newPage();
    const probe: PageProbe = await openPage(page, `${server.url}/app?locale=zh-CN`);
    await page.waitForFunction('document.querySelector("#status")?.textContent === "已连接"', null, {
      timeout: 30_000,
    });
    await page.fill('#input', '转人工');
    await page.press('#input', 'Enter');
    await shown(page, '#handoff').toMatch(/^前面还有 2 位，预计等待约 \d+ 分钟$/);

    first.emit('handoff.cancel', {});
    await shown(page, '#handoff').toMatch(/^前面还有 1 位，预计等待约 \d+ 分钟$/);
    second.emit('handoff.cancel', {});
    await shown(page, '#handoff').toBe('您是下一位，预计等待约 1 分钟');

    await expect.poll(() => snapshot?.tickets.find((t) => t.channel === 'app')?.sessionId).toBeTruthy();
    const sessionId = snapshot!.tickets.find((t) => t.channel === 'app')!.sessionId;
    agent.emit('conversation.claim', { sessionId });
    await shown(page, '#handoff').toBe(`人工客服 ${AGENT_NAME} 为您服务`);

    agent.emit('conversation.reply', { sessionId, text: '您好，我来帮您看一下。' });
    const bubble = page.locator('.bubble.agent', { hasText: '我来帮您看一下' });
    await bubble.waitFor({ timeout: 15_000 });
    expect(await bubble.locator('.speaker').textContent()).toBe(`人工客服 · ${AGENT_NAME}`);
    await page.screenshot({ path: 'evals/reports/screenshots/test-app-handoff-agent.png' });

    agent.emit('conversation.return', { sessionId });
    await shown(page, '#handoff').toBe('');
    expect(probe.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('kiosk (en): "1 person ahead", then "You\'re next", cleared when the customer cancels', async () => {
    const ahead = await queueAhead('en', 'I want to talk to a person');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    const probe = await openPage(page, `${server.url}/kiosk?locale=en`);
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
