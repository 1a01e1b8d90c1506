import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import type { HandoffStatus, Reply, SessionReady } from '../../server/protocol/protocol.ts';
import { handoffForTests, nextMatching } from '../../server/handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from '../../server/test/support/harness.ts';
import {
  chromiumAvailable,
  launchChromium,
  SKIP_MESSAGE,
  type ChromiumSession,
} from '../test/support/browser.ts';
import { signInToConsole } from '../test/support/agent_console.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.runIf(available)('the agent console in Chromium', () => {
  let server: RunningServer;
  let browser: ChromiumSession;
  let page: Page;
  let cust: ClientSocket;
  let sessionId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      // The deliberate wrong-password attempt logs its 401; anything else is a real error.
      if (msg.type() === 'error' && !msg.text().includes('401')) pageErrors.push(msg.text());
    });
  });
  afterAll(async () => {
    cust?.close();
    await browser?.close();
    await server?.close();
  });

  it('signs in and shows the empty queue with presence', async () => {
    await page.goto(`${server.url}/agent`);
    await page.waitForSelector('#sandbox-hint:not([hidden])');
    expect(await page.textContent('#sandbox-hint')).toContain('agent1');
    await page.fill('#password', 'wrong-password');
    await page.fill('#username', 'agent1');
    await page.click('#login-submit');
    await page.waitForFunction(() => document.getElementById('login-error')?.textContent !== '');
    await signInToConsole(page);
    await page.waitForSelector('#conn:has-text("已连接"), #conn:has-text("Connected")');
    expect(await page.textContent('#who')).toContain('坐席一号');
    expect(await page.isVisible('#presence')).toBe(true);
  });

  it('shows a new handoff live with its reason, wait and a title badge, and claims it', async () => {
    cust = customer(server.url, { channel: 'kiosk', locale: 'zh-CN' });
    sessionId = (await next<SessionReady>(cust, 'session.ready')).sessionId;
    const queued = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'queued');
    cust.emit('message.text', { text: '你们这服务太差了，我等了一个小时，转人工！' });
    await queued;
    const row = `.ticket[data-session-id="${sessionId}"]`;
    await page.waitForSelector(`${row} button.claim`);
    // Language, channel and reason are labels in the console's language, not identifiers.
    expect(await page.textContent(row)).toMatch(/中文|Chinese/);
    expect(await page.textContent(row)).toMatch(/网点大屏|Lobby screen/);
    expect(await page.textContent(row)).not.toMatch(/zh-CN|kiosk|_/);
    expect(await page.title()).toMatch(/^\(1\) /);

    const joined = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'with_agent');
    await page.click(`${row} button.claim`);
    await page.waitForSelector('#conversation:not([hidden])');
    await page.waitForSelector('#transcript .line.customer');
    expect(await page.textContent('#transcript')).toContain('转人工');
    expect(await page.locator('#summary svg.sparkline polyline').count()).toBe(1);
    // The written brief (extractive here: no language model configured) heads the summary, in the
    // console's language and without intent identifiers.
    const brief = (await page.textContent('#summary .brief.extractive')) ?? '';
    expect(brief).toMatch(/^(客户诉求：|Customer wants: )/);
    expect(brief).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await page.locator('#suggestions li').count()).toBeGreaterThan(0);
    await joined;
  });

  it('sends a reply the customer receives, and shows the customer answer', async () => {
    const got = nextMatching<Reply>(cust, 'reply.text', (r) => r.kind === 'agent');
    await page.fill('#reply', '您好，我是人工客服，非常抱歉让您久等了。');
    await page.press('#reply', 'Enter');
    expect((await got).text).toBe('您好，我是人工客服，非常抱歉让您久等了。');
    await page.waitForSelector('#transcript .line.agent');
    cust.emit('message.text', { text: '我的卡是6222021234567890123，被扣了两次年费' });
    await page.waitForFunction(() => document.getElementById('transcript')?.textContent?.includes('年费'));
    const text = (await page.textContent('#transcript')) ?? '';
    expect(text).not.toContain('6222021234567890123');
    expect(text).toContain('0123');
  });

  it('returns the customer to the assistant', async () => {
    const returned = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'returned');
    await page.click('#return');
    await returned;
    await page.waitForFunction(() => (document.getElementById('conversation') as HTMLElement).hidden);
    expect(await page.title()).not.toMatch(/^\(/);
    expect(pageErrors).toEqual([]);
  });

  it('tells the agent when the customer leaves the chat, instead of the chat just vanishing', async () => {
    const other = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    const id = (await next<SessionReady>(other, 'session.ready')).sessionId;
    const queued = nextMatching<HandoffStatus>(other, 'handoff.status', (s) => s.state === 'queued');
    other.emit('message.text', { text: '转人工' });
    await queued;
    const joined = nextMatching<HandoffStatus>(other, 'handoff.status', (s) => s.state === 'with_agent');
    await page.click(`.ticket[data-session-id="${id}"] button.claim`);
    await page.waitForSelector('#conversation:not([hidden])');
    await joined;
    other.emit('handoff.cancel', {});
    // In the console's language (Chinese or English, whichever it was left in).
    await page.waitForSelector(
      '.toast:has-text("客户已结束与您的对话"), .toast:has-text("The customer left the chat")',
    );
    await page.waitForFunction(() => (document.getElementById('conversation') as HTMLElement).hidden);
    other.close();
    expect(pageErrors).toEqual([]);
  });
});
