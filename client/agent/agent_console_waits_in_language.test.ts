/**
 * Waits in the agent console are said in the console's language, in the queue (ticking every second) and
 * in the supervisor's panel, and said again on a language switch: "等待 12 秒" / "Waiting 12 s".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import type { HandoffStatus, Locale, SessionReady } from '../../server/protocol/protocol.ts';
import { handoffForTests, nextMatching } from '../../server/handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from '../../server/test/support/harness.ts';
import {
  chromiumAvailable,
  launchChromium,
  SKIP_MESSAGE,
  type ChromiumSession,
} from '../test/support/browser.ts';
import { setConsoleLocale, signInToConsole, SUPERVISOR1 } from '../test/support/agent_console.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

describe.runIf(available)('waits in the agent console', () => {
  let server: RunningServer;
  let browser: ChromiumSession;
  let page: Page;
  let cust: ClientSocket;
  let row: string;
  const pageErrors: string[] = [];

  const setLocale = (locale: Locale): Promise<void> => setConsoleLocale(page, locale);
  const meta = async (): Promise<string> => (await page.locator(`${row} .ticket-meta`).innerText()).trim();
  /** The value of the supervisor panel's row labelled `label`. */
  const stat = async (label: string): Promise<string> =>
    (
      await page.locator('#supervisor-stats .summary-row', { hasText: label }).locator('dd').innerText()
    ).trim();

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    await page.goto(`${server.url}/agent`);
    await setLocale('zh-CN');
    await signInToConsole(page, SUPERVISOR1);
    await page.waitForSelector('#supervisor:not([hidden])');
  });
  afterAll(async () => {
    cust?.close();
    await browser?.close();
    await server?.close();
  });

  it('says a queued customer’s wait in Chinese, and again in English on a switch, as it ticks', async () => {
    cust = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    const sessionId = (await next<SessionReady>(cust, 'session.ready')).sessionId;
    const queued = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'queued');
    cust.emit('message.text', { text: '转人工' });
    await queued;
    row = `.ticket[data-session-id="${sessionId}"]`;
    await page.waitForSelector(`${row} button.claim`);
    expect(await meta()).toMatch(/^#1 · 等待 \d+ 秒$/);
    await setLocale('en');
    expect(await meta()).toMatch(/^#1 · Waiting \d+ s$/);
    // The clock ticks every second: still in English after it.
    await page.waitForFunction(
      (r) => /^[1-9]\d* s$/.test(document.querySelector(`${r} .wait`)?.textContent ?? ''),
      row,
      { timeout: 5000 },
    );
    expect(await meta()).toMatch(/^#1 · Waiting [1-9]\d* s$/);
  });

  it('says the supervisor’s waits and who is online in the console’s language', async () => {
    await page.waitForFunction(() => document.getElementById('supervisor-stats')?.textContent !== '');
    await setLocale('en');
    expect(await stat('Longest wait')).toMatch(/^\d+ s$/);
    expect(await stat('Average wait')).toMatch(/^\d+ s$/);
    expect(await stat('Agents online')).toBe('值班主管 Supervisor (Available)');
    await setLocale('zh-CN');
    expect(await stat('最长等待')).toMatch(/^\d+ 秒$/);
    expect(await stat('平均等待')).toMatch(/^\d+ 秒$/);
    expect(await stat('在线坐席')).toBe('值班主管 Supervisor（在线）');
  });

  it('says who serves a claimed customer and for how long, without an English colon in Chinese', async () => {
    const joined = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'with_agent');
    await page.click(`${row} button.claim`);
    await joined;
    await page.waitForSelector(`${row}.with_agent`);
    expect(await meta()).toMatch(/^服务中：值班主管 Supervisor · \d+ 秒$/);
    await setLocale('en');
    expect(await meta()).toMatch(/^With agent: 值班主管 Supervisor · \d+ s$/);
    expect(pageErrors).toEqual([]);
  });
});
