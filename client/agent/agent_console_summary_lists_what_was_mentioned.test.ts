/**
 * The console's summary lists what the customer mentioned, masked, in the console's language. In a
 * walkthrough it said "Mentioned: none" (提及信息：无) though the transcript beside it showed "my card ending
 * 1234 was declined" and a phone number: what the customer told the agent live reached the console without
 * the values the stored lines carry, and a whole card number was never a mention at all. Through the real
 * server in Chromium, in both console languages: the card's last four digits and the masked phone, joined as
 * each language lists things (", " in English, "、" in Chinese), never the numbers themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app.ts';
import type { HandoffStatus, Locale, Reply, SessionReady } from '../../server/protocol/protocol.ts';
import { handoffForTests, nextMatching } from '../../server/handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from '../../server/test/support/harness.ts';
import {
  chromiumAvailable,
  launchChromium,
  SKIP_MESSAGE,
  type ChromiumSession,
} from '../test/support/browser.ts';
import { AGENT1, setConsoleLocale as setLocale, signInToConsole } from '../test/support/agent_console.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const RAW = /1381234|13812345678|6222021234567890123|1391234/;

const textOf = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).first().innerText()).trim();

describe.runIf(available)('the summary an agent reads lists what the customer mentioned', () => {
  let server: RunningServer;
  let browser: ChromiumSession;
  let page: Page;
  const sockets: ClientSocket[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await signInToConsole(page, AGENT1, server.url);
  }, 60_000);
  afterAll(async () => {
    for (const s of sockets) s.close();
    await browser?.close();
    await server?.close();
  });

  async function talk(locale: Locale, messages: string[]): Promise<ClientSocket> {
    const c = customer(server.url, { channel: 'app', locale });
    sockets.push(c);
    const { sessionId } = await next<SessionReady>(c, 'session.ready');
    let last: Reply | undefined;
    for (const text of messages) {
      const reply = next<Reply>(c, 'reply.text');
      c.emit('message.text', { text });
      last = await reply;
    }
    expect(last?.kind).toBe('handoff');
    const row = `.ticket[data-session-id="${sessionId}"]`;
    await page.waitForSelector(`${row} button.claim`);
    const joined = nextMatching<HandoffStatus>(c, 'handoff.status', (s) => s.state === 'with_agent');
    // The summary of a conversation claimed before may still be on screen: wait for this one's.
    const before = await page.evaluate(() => document.querySelector('#summary .brief')?.textContent ?? null);
    await page.click(`${row} button.claim`);
    await page.waitForFunction((old) => {
      const brief = document.querySelector('#summary .brief')?.textContent ?? null;
      return brief !== null && brief !== old;
    }, before);
    await joined;
    return c;
  }

  it('a card tail told before the handoff and a phone and card number told to the agent live', async () => {
    await setLocale(page, 'en');
    const c = await talk('en', ['my card ending 1234 was declined', 'I want to talk to a human']);
    expect(await textOf(page, '#summary .brief')).toContain('Mentioned: Card ending: 1234.');

    // Told to the agent after they joined: the summary keeps up.
    c.emit('message.text', { text: 'you can call me on 13812345678' });
    c.emit('message.text', { text: 'the other card is 6222021234567890123' });
    await page.waitForFunction(() =>
      document.getElementById('transcript')?.textContent?.includes('the other card is'),
    );
    const brief = await textOf(page, '#summary .brief');
    expect(brief).toContain('Mentioned: Card ending: 1234, Phone: 138****5678, Card ending: 0123.');
    expect(brief).not.toMatch(/Mentioned: none|[，、：]/);
    expect(await textOf(page, '#summary .mentioned')).toBe(
      'Card ending: 1234, Phone: 138****5678, Card ending: 0123',
    );

    await setLocale(page, 'zh-CN');
    const zh = await textOf(page, '#summary .brief');
    expect(zh).toContain('提及信息：卡号尾号：1234、手机号：138****5678、卡号尾号：0123。');
    expect(zh).not.toContain('提及信息：无');
    expect(zh).not.toContain(', ');
    expect(await page.locator('body').innerText()).not.toMatch(RAW);
  });

  it('a Chinese conversation: both mentioned before the handoff, in both console languages', async () => {
    await setLocale(page, 'zh-CN');
    await talk('zh-CN', ['我尾号5678的卡刷卡被拒了', '我的手机号是13912345678', '转人工']);
    const mentioned = await textOf(page, '#summary .mentioned');
    expect(mentioned).toBe('卡号尾号：5678、手机号：139****5678');
    expect(await textOf(page, '#summary .brief')).toContain(
      '提及信息：卡号尾号：5678、手机号：139****5678。',
    );
    await setLocale(page, 'en');
    expect(await textOf(page, '#summary .mentioned')).toBe('Card ending: 5678, Phone: 139****5678');
    expect(await textOf(page, '#summary .brief')).toContain(
      'Mentioned: Card ending: 5678, Phone: 139****5678.',
    );
    expect(await page.locator('body').innerText()).not.toMatch(RAW);
    expect(pageErrors).toEqual([]);
  });
});
