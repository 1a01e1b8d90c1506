/**
 * The in-app chat with its small avatar, against the real server in Debian's Chromium: the avatar renders
 * above the chat, FAQ answers come as cards with their source, hold-to-talk says when voice is missing,
 * the conversation survives a reload and a network drop (resume token in sessionStorage), and the newest
 * bubble stays in view when quick replies come with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer } from '../../server/app.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp } from './support/app_page.ts';
import { hook, waitForAvatar, waitUntil, type PageProbe } from './support/page_helpers.ts';
import type { CanvasStats } from '../avatar/test_hook.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
type Line = { role: string; text: string };
const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const messages = (page: Page): Promise<Line[]> => hook<Line[]>(page, 'h.extra.messages()');

describe.skipIf(!available)('app page on the real server', () => {
  let server: Server;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    server = await startServer({ port: 0, logLevel: 'warn' });
    probe = await browser.open(`${server.url}/app?locale=zh-CN`);
    page = probe.page;
    await waitForAvatar(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the avatar small above the chat, face in view', async () => {
    const stats = await hook<CanvasStats>(page, 'h.canvasStats()');
    const panel = await page.locator('#avatar-panel').boundingBox();
    const chat = await page.locator('#messages').boundingBox();
    expect(panel && chat && panel.y + panel.height <= chat.y + 1).toBe(true);
    expect(stats.coverage).toBeGreaterThan(0.1);
    expect(stats.head && stats.head.y / stats.cssHeight).toBeGreaterThan(0.2);
    expect(stats.head && stats.head.y / stats.cssHeight).toBeLessThan(0.85);
    const [r, g, b] = stats.faceColor ?? [0, 0, 0];
    expect(r).toBeGreaterThan(140);
    expect(r).toBeGreaterThan(b);
    expect(g).toBeGreaterThan(b - 5);
  });

  it('answers an FAQ question with a card showing the source title', async () => {
    await sendInApp(page, '营业时间是几点？');
    const card = page.locator('.card').first();
    await card.waitFor({ timeout: 20_000 });
    const title = await card.locator('.card-title').textContent();
    expect(title?.length ?? 0).toBeGreaterThan(1);
    expect(await card.locator('.source').textContent()).toContain(title ?? '');
    await page.screenshot({ path: 'evals/reports/screenshots/test-app-card.png' });
  });

  it('disables hold-to-talk with a notice when the server cannot hear this locale', async () => {
    const ready = (await page.evaluate('window.__avatarTest.extra.connected()')) as boolean;
    expect(ready).toBe(true);
    const disabled = await page.locator('#ptt').isDisabled();
    const notice = (await page.locator('#notice').textContent()) ?? '';
    if (disabled) expect(notice).toMatch(/暂不支持普通话语音输入|voice input is not available/i);
    else expect(notice).toBe('');
  });

  it('resumes the conversation after a reload', async () => {
    const before = await messages(page);
    expect(before.some((l) => l.role === 'customer' && l.text.includes('营业时间'))).toBe(true);
    await page.reload();
    await waitForAvatar(page);
    await waitUntil(
      page,
      `h.extra.messages().some((l) => l.role === 'customer' && l.text.includes('营业时间'))`,
    );
    const after = await messages(page);
    expect(after.some((l) => l.role === 'system')).toBe(true);
    expect(after.filter((l) => l.role === 'customer').length).toBe(
      before.filter((l) => l.role === 'customer').length,
    );
  });

  it('reconnects after a network drop, resumes the same session and keeps chatting', async () => {
    await page.evaluate('window.__avatarTest.extra.dropConnection()');
    await waitUntil(page, `!h.extra.connected()`, 5000).catch(() => undefined);
    await waitUntil(page, `h.extra.connected()`, 20_000);
    await waitUntil(
      page,
      `h.extra.messages().some((l) => l.role === 'customer' && l.text.includes('营业时间'))`,
    );
    const count = (await messages(page)).length;
    await sendInApp(page, '我想开户');
    await waitUntil(page, `h.extra.messages().length >= ${count + 2}`, 20_000);
    const lines = await messages(page);
    expect(lines.some((l) => l.text.includes('营业时间'))).toBe(true);
    expect(lines.some((l) => l.text.includes('我想开户'))).toBe(true);
    expect(probe.errors).toEqual([]);
  });

  it('keeps the newest bubble in view above the quick replies that came with it', async () => {
    // Enough long answers for the list to scroll, then a greeting that brings quick replies.
    for (const text of ['转账限额是多少', '我想开户']) {
      const count = (await messages(page)).length;
      await sendInApp(page, text);
      await waitUntil(page, `h.extra.messages().length >= ${count + 2}`, 20_000);
    }
    await sendInApp(page, '你好');
    await page.locator('#quick button').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    const list = (await page.locator('#messages').boundingBox())!;
    expect(await page.evaluate('document.querySelector("#messages").scrollHeight')).toBeGreaterThan(
      list.height,
    );
    const last = (await page.locator('#messages > :last-child').boundingBox())!;
    expect(await page.locator('#messages > :last-child').textContent()).toContain('您好');
    expect(last.y).toBeGreaterThanOrEqual(list.y);
    expect(last.y + last.height).toBeLessThanOrEqual(list.y + list.height + 0.5);
    expect(probe.errors).toEqual([]);
  });

  it('switches the page to English when the customer writes in English, and back for Mandarin', async () => {
    const count = (await messages(page)).length;
    await sendInApp(page, 'what are your opening hours on weekends');
    await waitUntil(
      page,
      `h.extra.messages().length >= ${count + 2} || document.querySelector('#messages > :last-child.card')`,
      20_000,
    );
    await waitUntil(page, `document.documentElement.lang === 'en'`, 10_000);
    expect(await page.locator('#send').textContent()).toBe('Send');
    expect(await page.locator('#status').textContent()).toBe('Connected');
    expect(await page.locator('#messages > :last-child').textContent()).toMatch(/Saturday|weekend|9:00/i);
    await sendInApp(page, '周末营业吗');
    await waitUntil(page, `document.documentElement.lang === 'zh-CN'`, 20_000);
    expect(await page.locator('#send').textContent()).toBe('发送');
    expect(await page.locator('#status').textContent()).toBe('已连接');
    expect(probe.errors).toEqual([]);
  });
});
