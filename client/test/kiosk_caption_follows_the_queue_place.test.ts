/**
 * On the lobby screen everything that says where the customer stands in the queue follows the latest
 * `handoff.status`: the handoff line and the assistant's caption. A walkthrough found the caption still
 * saying "请稍候（前面还有 1 位）" after the customer ahead had left and the line said "您是下一位". Against the
 * real server with the handoff feature and a signed-in sandbox agent, in Debian's Chromium, in both
 * languages, and after a reload (the caption then comes from the resumed conversation's history).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale, Reply } from '../../server/protocol/protocol.ts';
import { customer, next, type ClientSocket } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startHandoffServer, type HandoffServer } from './support/handoff_server.ts';
import { sayAtKiosk, waitForKioskReady } from './support/page_helpers.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const WORDS: Record<
  Locale,
  { ask: string; message: string; oneAhead: string; next: string; lineNext: RegExp; stale: RegExp }
> = {
  'zh-CN': {
    ask: '转人工',
    message: '我的卡被锁了',
    oneAhead: '您的留言已转给人工客服，请稍候（前面还有 1 位）。',
    next: '您的留言已转给人工客服，您是下一位，请稍候。',
    lineNext: /^您是下一位，预计等待约 \d+ 分钟$/,
    stale: /前面还有 1 位/,
  },
  en: {
    ask: 'I want to talk to a person',
    message: 'my card is blocked',
    oneAhead: "I've passed your message on to the agent; please hold on (1 ahead of you).",
    next: "I've passed your message on to the agent; you're next in line, please hold on.",
    lineNext: /^You're next, about \d+ min wait$/,
    stale: /1 ahead|1 person ahead/,
  },
};

describe.skipIf(!available)('the lobby screen’s caption follows the place in the queue', () => {
  let handoff: HandoffServer;
  let browser: TestBrowser;
  const others: ClientSocket[] = [];

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    handoff = await startHandoffServer();
  }, 120_000);

  afterAll(async () => {
    for (const s of others) s.close();
    await browser?.close();
    await handoff?.close();
  });

  /** Another customer who asked for a person first, to stand in the queue ahead. */
  async function queueAhead(locale: Locale): Promise<ClientSocket> {
    const socket = customer(handoff.server.url, { channel: 'kiosk', locale });
    others.push(socket);
    await next(socket, 'session.ready');
    const reply = next<Reply>(socket, 'reply.text', 15_000);
    socket.emit('message.text', { text: WORDS[locale].ask });
    expect((await reply).kind).toBe('handoff');
    return socket;
  }

  const caption = async (page: Page): Promise<string> =>
    (await page.locator('#caption-assistant').textContent()) ?? '';
  const line = async (page: Page): Promise<string> => (await page.locator('#handoff').textContent()) ?? '';
  const screenText = (page: Page): Promise<string> => page.locator('body').innerText();

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: "1 ahead" becomes "you're next" in the caption too, also after a reload`, async () => {
      const w = WORDS[locale];
      const ahead = await queueAhead(locale);
      const probe = await browser.open(`${handoff.server.url}/kiosk?locale=${locale}`);
      const page = probe.page;
      await waitForKioskReady(page);
      await sayAtKiosk(page, w.ask);
      await page.locator('#cards .bdh-card[data-card-type="queue"]').waitFor({ timeout: 15_000 });
      await sayAtKiosk(page, w.message);
      await expect.poll(() => caption(page), { timeout: 15_000 }).toBe(w.oneAhead);

      ahead.emit('handoff.cancel', {});
      await expect.poll(() => line(page), { timeout: 15_000 }).toMatch(w.lineNext);
      expect(await caption(page)).toBe(w.next);
      expect(await screenText(page)).not.toMatch(w.stale);

      // A reload resumes the conversation: its last reply, from the history, says the place of now.
      await page.reload();
      await waitForKioskReady(page);
      await expect.poll(() => line(page), { timeout: 15_000 }).toMatch(w.lineNext);
      await expect.poll(() => caption(page), { timeout: 15_000 }).toBe(w.next);
      expect(await screenText(page)).not.toMatch(w.stale);
      expect(probe.errors).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
