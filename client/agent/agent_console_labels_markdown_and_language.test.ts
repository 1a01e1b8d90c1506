/**
 * What an agent reads in the console, in both languages: labels instead of identifiers (reasons, roles,
 * intents, triggers, "type: value" mentions with masked values), FAQ Markdown as plain lines with the
 * article's title, and status and sign-in messages that follow the language switch.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { setConsoleLocale as setLocale, signInToConsole } from '../test/support/agent_console.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

/** snake_case identifiers (`asked_for_human`, `transfer_money`, `account_dormancy`). */
const IDENTIFIER = /\b[a-z]+(?:_[a-z]+)+\b/;
const FULL_WIDTH_COLON = '：';

/** The knowledge base with bold text and numbered steps added to the dormant-account article. */
function knowledgeWithSteps(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bdh-knowledge-'));
  cpSync(new URL('../../knowledge/', import.meta.url), dir, { recursive: true });
  appendFileSync(
    join(dir, 'zh-CN/account_dormancy.md'),
    '\n**激活步骤**\n\n1. 打开 App\n2. 完成**人脸识别**\n',
  );
  appendFileSync(
    join(dir, 'en/account_dormancy.md'),
    '\n**Steps to reactivate**\n\n1. Open the app\n2. Complete the **face scan**\n',
  );
  return dir;
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).trim();
}

/** A customer conversation: each message waits for its reply; the last one must hand over. */
async function talk(
  url: string,
  locale: Locale,
  messages: string[],
): Promise<{ c: ClientSocket; replies: Reply[] }> {
  const c = customer(url, { channel: 'app', locale });
  await next<SessionReady>(c, 'session.ready');
  const replies: Reply[] = [];
  for (const text of messages) {
    const reply = next<Reply>(c, 'reply.text');
    c.emit('message.text', { text });
    replies.push(await reply);
  }
  expect(replies.at(-1)?.kind).toBe('handoff');
  return { c, replies };
}

describe.runIf(available)('the agent console speaks the agent’s language', () => {
  let server: RunningServer;
  let browser: ChromiumSession;
  let page: Page;
  let knowledgeDir: string;
  const sockets: ClientSocket[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    knowledgeDir = knowledgeWithSteps();
    server = await testServer(
      { knowledgeDir },
      { features: [handoffForTests({ loginMaxFailures: 1, loginWindowSec: 840 })] },
    );
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      // The deliberate wrong password (401) and lockout (429) log their status; anything else is an error.
      if (msg.type() === 'error' && !/\b(401|429)\b/.test(msg.text())) pageErrors.push(msg.text());
    });
    // A server with the handoff model and a browser: past the default 60 s on a loaded 2-core machine.
  }, 180_000);
  afterAll(async () => {
    for (const c of sockets) c.close();
    await browser?.close();
    await server?.close();
    if (knowledgeDir) rmSync(knowledgeDir, { recursive: true, force: true });
  });

  it('words sign-in errors again on a language switch, and a long lockout in minutes', async () => {
    await page.goto(`${server.url}/agent`);
    await setLocale(page, 'zh-CN');
    await page.fill('#username', 'agent2');
    await page.fill('#password', 'wrong-password');
    await page.click('#login-submit');
    await page.waitForFunction(() => document.getElementById('login-error')?.textContent !== '');
    expect(await page.textContent('#login-error')).toBe('用户名或密码错误。');
    await setLocale(page, 'en');
    expect(await page.textContent('#login-error')).toBe('Wrong username or password.');

    await page.click('#login-submit'); // one failure is the limit here: locked out for 840 s
    await page.waitForFunction(() =>
      document.getElementById('login-error')?.textContent?.includes('attempts'),
    );
    expect(await page.textContent('#login-error')).toBe('Too many attempts; try again in 14 min.');
    await setLocale(page, 'zh-CN');
    expect(await page.textContent('#login-error')).toBe('失败次数过多，请 14 分钟后再试。');
  });

  it('words the connection status and the agent role again on a language switch', async () => {
    await signInToConsole(page);
    await page.waitForFunction(() => document.getElementById('conn')?.textContent === '已连接');
    expect(await page.textContent('#who')).toBe('坐席一号 Agent One（坐席）');
    expect(await page.textContent('#login-error')).toBe('');
    await setLocale(page, 'en');
    expect(await page.textContent('#conn')).toBe('Connected');
    expect(await page.textContent('#who')).toBe('坐席一号 Agent One (Agent)');
  });

  it('shows a Chinese conversation with labels, masked mentions and FAQ answers as plain lines', async () => {
    await setLocale(page, 'zh-CN');
    const { c, replies } = await talk(server.url, 'zh-CN', [
      '不动户怎么激活',
      '给张三转两千五，下周五，我的手机号13812345678',
      '转人工',
    ]);
    sockets.push(c);
    expect(replies[0]?.source?.id).toBe('account_dormancy');
    expect(replies[1]?.intent).toBe('transfer_money');
    const row = '.ticket.queued';
    await page.waitForSelector(`${row} button.claim`);
    const ticket = await textOf(page, row);
    expect(ticket).toContain('要求人工');
    expect(ticket).toContain('中文');
    expect(ticket).toContain('手机银行');
    const joined = nextMatching<HandoffStatus>(c, 'handoff.status', (s) => s.state === 'with_agent');
    await page.click(`${row} button.claim`);
    await page.waitForSelector('#transcript .line.system');
    await joined;

    // The FAQ answer: one line per paragraph and list item, no Markdown, the article's title as its source.
    const answer = page.locator('#transcript .line.assistant', { has: page.locator('.source') }).first();
    const items = answer.locator('.md-item');
    expect(await items.locator('.md-marker').allTextContents()).toEqual(['•', '•', '•', '•', '1.', '2.']);
    expect(await items.last().innerText()).toBe('2. 完成人脸识别');
    const answerText = await answer.innerText();
    expect(answerText).not.toContain('**');
    expect(answerText).not.toMatch(/^\s*- /m);
    expect(answerText).toContain('激活步骤');
    expect(await answer.locator('.source').innerText()).toBe('来源：不动户与激活');
    expect(await answer.locator('.source').getAttribute('title')).toBe('account_dormancy');

    const system = await page.locator('#transcript .line.system .text').allInnerTexts();
    expect(system).toEqual(expect.arrayContaining(['转人工：要求人工', '坐席已接入']));
    expect(await page.locator('#transcript .line.customer .who').first().innerText()).toBe('客户');
    expect(await textOf(page, '.conv-header')).toContain('要求人工');

    expect(await textOf(page, '#summary .brief')).toMatch(/^客户诉求：.*转账/);
    expect(await textOf(page, '#summary')).toContain('转账 ×1');
    const mentioned = await textOf(page, '#summary .mentioned');
    for (const item of ['收款人：张三', '金额：两千五', '手机号：138****5678'])
      expect(mentioned).toContain(item);
    const tried = page.locator('#summary .tried-item[title="account_dormancy"]');
    expect(await tried.innerText()).toBe('常见问题《不动户与激活》');

    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(IDENTIFIER);
    expect(body).not.toContain('13812345678');
  });

  it('puts a knowledge suggestion in the reply box as plain text', async () => {
    const suggestion = page.locator('#suggestions li.knowledge', {
      has: page.locator('strong[title="account_dormancy"]'),
    });
    expect(await suggestion.locator('strong').innerText()).toBe('不动户与激活');
    expect(await suggestion.innerText()).not.toContain('**');
    await suggestion.click();
    const reply = await page.inputValue('#reply');
    expect(reply).toContain('\n• 不动户资金安全');
    expect(reply).toContain('\n1. 打开 App\n2. 完成人脸识别');
    expect(reply).not.toMatch(/\*\*|^- /m);
    await page.fill('#reply', '');
  });

  it('says all of it again in English, without a full-width colon', async () => {
    await setLocale(page, 'en');
    expect(await textOf(page, '.ticket')).toMatch(/Asked for a person.*Chinese.*Banking app/s);
    const answer = page.locator('#transcript .line.assistant .source').first();
    expect(await answer.innerText()).toBe('Source: 不动户与激活');
    const system = await page.locator('#transcript .line.system .text').allInnerTexts();
    expect(system).toEqual(expect.arrayContaining(['Handed over: Asked for a person', 'An agent joined']));
    expect(await textOf(page, '#summary .brief')).toMatch(/^Customer wants: .*Transfer money/);
    const mentioned = await textOf(page, '#summary .mentioned');
    for (const item of ['Payee: 张三', 'Amount: 两千五', 'Phone: 138****5678'])
      expect(mentioned).toContain(item);
    expect(await textOf(page, '#summary .tried-item[title="account_dormancy"]')).toBe('FAQ "不动户与激活"');
    const chrome = await page
      .locator('#queue, .conv-header, #tabs, .line .who, .line.system, .line .source, #summary, #who, #conn')
      .allInnerTexts();
    for (const text of chrome) expect(text).not.toContain(FULL_WIDTH_COLON);
    expect(await page.locator('body').innerText()).not.toMatch(IDENTIFIER);
  });

  it('shows what the customer types exactly as typed, never as markup', async () => {
    const typed = '<img src=x onerror="window.__typed=1"> **原样**';
    sockets[0]!.emit('message.text', { text: typed });
    await page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('#transcript .line.customer .text')].some((e) => e.textContent === t),
      typed,
    );
    expect(await page.locator('#transcript img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __typed?: number }).__typed)).toBeUndefined();
  });

  it('shows an English conversation with no identifier and no full-width colon anywhere', async () => {
    const { c, replies } = await talk(server.url, 'en', [
      'How do I reactivate a dormant account?',
      'send $200 to John next Friday',
      'I want to talk to a real person',
    ]);
    sockets.push(c);
    expect(replies[0]?.source?.id).toBe('account_dormancy');
    await page.waitForSelector('.ticket.queued button.claim');
    await page.click('.ticket.queued button.claim');
    await page.waitForFunction(() => document.getElementById('conv-title')?.textContent?.includes('English'));
    await page.waitForSelector('#transcript .line.system');
    const answer = page.locator('#transcript .line.assistant', { has: page.locator('.source') }).first();
    expect(await answer.locator('.source').innerText()).toBe('Source: Dormant accounts');
    expect(await answer.locator('.md-item').last().innerText()).toBe('2. Complete the face scan');
    const mentioned = await textOf(page, '#summary .mentioned');
    for (const item of ['Amount: $200', 'Payee: John', 'Date: next Friday ('])
      expect(mentioned).toContain(item);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(FULL_WIDTH_COLON);
    expect(body).not.toMatch(IDENTIFIER);
    expect(body).not.toContain('**');
    expect(pageErrors).toEqual([]);
  });
});
