/**
 * Masked numbers keep their asterisks on screen. Replies are rendered from Markdown (markdown_text.ts), and
 * "138****0003" used to lose its stars as if they were bold markers: the app's bubble read "验证码已发送至
 * 1380003" over a card showing 138****0003, a statement line "01-06  3344", a payee "李娜  4321".
 * In the app against the real server (verified transactions on Redis): the phone, the statement and the
 * transfer read-back; on the lobby screen, an assistant caption with a masked phone and a masked card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  transactionsServer,
  type TransactionsServer,
} from '../../server/flows/testing/transactions_test_kit.ts';
import { redisAvailable } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import {
  startFakeCustomerServer,
  textReply,
  type FakeCustomerServer,
} from './support/fake_customer_server.ts';
import { waitForAvatar, type PageProbe } from './support/page_helpers.ts';

const withRedis = chromiumAvailable() && (await redisAvailable());
if (!chromiumAvailable()) console.warn(SKIP_MESSAGE);

const card = (type: string): string => `.bdh-card[data-card-type="${type}"]`;
const lastAssistantBubble = (page: Page): Promise<string> =>
  page.locator('.bubble.assistant').last().innerText();

describe.skipIf(!withRedis)('masked numbers in the app’s chat bubbles', () => {
  let kit: TransactionsServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
    probe = await browser.open(`${kit.server.url}/app?locale=zh-CN`);
    page = probe.page;
    await waitForAppConnected(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kit?.close();
  });

  const say = async (text: string): Promise<void> => {
    await sendInApp(page, text);
  };

  it('shows the phone, the statement line and the payee with their stars, as the cards do', async () => {
    await say('查余额');
    const phone = page.locator(`${card('verify')} form[data-method="phone"]`);
    await phone.waitFor({ timeout: 15_000 });
    await phone.locator('input').fill('13800000003');
    await phone.locator('button').click();

    const otp = page.locator('form[data-method="otp"]');
    await otp.waitFor({ timeout: 15_000 });
    expect(await page.locator(card('verify')).last().innerText()).toContain('138****0003');
    expect(await lastAssistantBubble(page)).toContain('验证码已发送至 138****0003');

    const sms = (await kit.feature.inbox!.list(5)).find((m) => m.to === '138****0003');
    await otp.locator('input').fill(/\d{6}/.exec(sms?.text ?? '')![0]);
    await otp.locator('button').click();
    await page.locator(card('balance')).waitFor({ timeout: 15_000 });

    await say('最近的交易');
    await page.locator(card('info')).waitFor({ timeout: 15_000 });
    expect(await page.locator(card('info')).innerText()).toContain('**** 3344');
    expect(await lastAssistantBubble(page)).toMatch(/\d{2}-\d{2} \*{4} 3344/);

    await say('给李娜转100');
    const pin = page.locator('form[data-method="pin"]');
    await pin.waitFor({ timeout: 15_000 });
    await pin.locator('input').fill('975310');
    await pin.locator('button').click();
    await page.locator(card('confirm')).waitFor({ timeout: 15_000 });
    expect(await page.locator(card('confirm')).innerText()).toContain('李娜 **** 4321');
    expect(await lastAssistantBubble(page)).toContain('李娜 **** 4321');
    expect(await lastAssistantBubble(page)).toContain('**** 9090');
    expect(probe.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  }, 90_000);
});

describe.skipIf(!chromiumAvailable())('masked numbers in the lobby screen’s captions', () => {
  let fake: FakeCustomerServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    fake = await startFakeCustomerServer({ autoReply: false });
    page = (await browser.open(`${fake.url}/kiosk`)).page;
    await waitForAvatar(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  it('shows an assistant caption’s masked phone and card with their stars, and bold without its markers', async () => {
    // An agent's or a model's answer reaches the caption as written (the flows keep figures off it).
    const text = '已为您登记回电：**138****0003**，尾号 **** 1234 的卡由 李* 持有。';
    fake.emit('reply.text', textReply('r-masked', text, { kind: 'agent', source: null, quickReplies: [] }));
    await page.waitForFunction(
      'document.getElementById("caption-assistant")?.textContent?.includes("登记回电")',
      null,
      { timeout: 10_000 },
    );
    expect(await page.locator('#caption-assistant').textContent()).toBe(
      '已为您登记回电：138****0003，尾号 **** 1234 的卡由 李* 持有。',
    );
  }, 30_000);
});
