/**
 * A verify card in the app cannot send twice: once the phone, code or PIN is sent, its input and button
 * are disabled until the server answers (the phone card showing the number it sent, masked). A reply
 * leaves the card read-only for good; a retryable error (a wrong code or PIN, a busy server) gives it back,
 * empty, for another try; an expired code leaves only the card's "resend" button usable.
 * Against a scripted server (the answer is held back as long as the test wants) and the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Card } from '../../server/protocol/protocol.ts';
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

const withRedis = chromiumAvailable() && (await redisAvailable());
if (!chromiumAvailable()) console.warn(SKIP_MESSAGE);

const card = (type: string): string => `.bdh-card[data-card-type="${type}"]`;

/** Whether the form's input and button can be used. */
async function usable(form: Locator): Promise<{ input: boolean; button: boolean }> {
  return {
    input: await form.locator('input').isEnabled(),
    button: await form.locator('button[type="submit"]').isEnabled(),
  };
}
const LOCKED = { input: false, button: false };
const OPEN = { input: true, button: true };

async function connected(page: Page): Promise<void> {
  await waitForAppConnected(page);
}

const phoneCard: Card = {
  type: 'verify',
  title: '验证身份：预留手机号',
  fields: [],
  actions: [],
  sensitive: false,
};
const otpCard: Card = {
  type: 'verify',
  title: '请输入短信验证码',
  fields: [{ label: '手机号', value: '138****0003' }],
  actions: [{ label: '重新发送验证码', text: '重新发送验证码' }],
  verify: { method: 'otp', digits: 6 },
  sensitive: false,
};

describe.skipIf(!chromiumAvailable())('verify cards while the server has not answered', () => {
  let fake: FakeCustomerServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    fake = await startFakeCustomerServer({ autoReply: false });
    page = (await browser.open(`${fake.url}/app?locale=zh-CN`)).page;
    await connected(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  const flowReply = (id: string, text: string, c: Card): void =>
    fake.emit('reply.text', textReply(id, text, { kind: 'flow', source: null, quickReplies: [], card: c }));
  const sent = (event: string): number => fake.received.filter((r) => r.event === event).length;

  it('locks the phone card with the number masked, and gives it back after a retryable error', async () => {
    flowReply('r1', '请告诉我您在本行预留的手机号码。', phoneCard);
    const phone = page.locator('form[data-method="phone"]').last();
    await phone.waitFor({ timeout: 10_000 });
    await phone.locator('input').fill('13800000003');
    await phone.locator('button').click();
    await expect.poll(() => sent('message.text')).toBe(1);

    expect(await usable(phone)).toEqual(LOCKED);
    expect(await phone.locator('input').inputValue()).toBe('138****0003');
    // No answer yet: still locked, and submitting the form again sends nothing more.
    await page.waitForTimeout(600);
    await phone.evaluate((f) => (f as HTMLFormElement).requestSubmit());
    expect(await usable(phone)).toEqual(LOCKED);
    expect(sent('message.text')).toBe(1);

    fake.emit('server.error', {
      code: 'E_BUSY',
      message: '正在处理您上一条消息，请稍候。',
      retryable: true,
      event: 'message.text',
    });
    await expect.poll(() => usable(phone)).toEqual(OPEN);
    expect(await phone.locator('input').inputValue()).toBe('');

    await phone.locator('input').fill('13800000003');
    await phone.locator('button').click();
    await expect.poll(() => sent('message.text')).toBe(2);
    expect(await usable(phone)).toEqual(LOCKED);

    flowReply('r2', '验证码已发送至 138****0003，请在验证框中输入 6 位验证码。', otpCard);
    const otp = page.locator('form[data-method="otp"]').last();
    await otp.waitFor({ timeout: 10_000 });
    // Answered: the phone card stays read-only, showing the masked number; the code card is open.
    expect(await usable(phone)).toEqual(LOCKED);
    expect(await phone.locator('input').inputValue()).toBe('138****0003');
    expect(await page.locator(card('verify')).first().getAttribute('data-done')).toBe('');
    expect(await usable(otp)).toEqual(OPEN);
  }, 60_000);

  it('locks the code card until the answer; a wrong code opens it again, an expired one only its resend', async () => {
    const otp = page.locator('form[data-method="otp"]').last();
    const resend = page.locator(`${card('verify')} button[data-action="重新发送验证码"]`).last();
    await otp.locator('input').fill('123456');
    await otp.locator('button').click();
    await expect.poll(() => sent('verify.submit')).toBe(1);
    expect(await usable(otp)).toEqual(LOCKED);

    fake.emit('server.error', {
      code: 'E_VERIFICATION_FAILED',
      message: '验证码或密码不正确。 (还可尝试4次)',
      retryable: true,
      event: 'verify.submit',
    });
    await expect.poll(() => usable(otp)).toEqual(OPEN);
    expect(await otp.locator('input').inputValue()).toBe('');

    await otp.locator('input').fill('654321');
    await otp.locator('button').click();
    await expect.poll(() => sent('verify.submit')).toBe(2);
    expect(await usable(otp)).toEqual(LOCKED);
    // An error about something else (a message) does not open the code card.
    fake.emit('server.error', {
      code: 'E_BUSY',
      message: '请稍候。',
      retryable: true,
      event: 'message.text',
    });
    await page.locator('.bubble.error').nth(2).waitFor({ timeout: 10_000 });
    expect(await usable(otp)).toEqual(LOCKED);

    fake.emit('server.error', {
      code: 'E_CODE_EXPIRED',
      message: '验证码已过期或已使用，请重新获取。',
      retryable: false,
      event: 'verify.submit',
    });
    await page.locator('.bubble.error').nth(3).waitFor({ timeout: 10_000 });
    expect(await usable(otp)).toEqual(LOCKED);
    expect(await resend.isEnabled()).toBe(true);
    expect(await resend.evaluate((b) => getComputedStyle(b).pointerEvents)).not.toBe('none');
  }, 60_000);
});

describe.skipIf(!withRedis)('verify cards in a real balance check and transfer', () => {
  let kit: TransactionsServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
    page = (await browser.open(`${kit.server.url}/app?locale=zh-CN`)).page;
    await connected(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kit?.close();
  });

  const say = async (text: string): Promise<void> => {
    await sendInApp(page, text);
  };
  const errors = (): Promise<number> => page.locator('.bubble.error').count();

  it('phone, code and PIN cards: read-only once answered, open again after a wrong code or PIN', async () => {
    await say('查余额');
    const phone = page.locator('form[data-method="phone"]');
    await phone.waitFor({ timeout: 15_000 });
    await phone.locator('input').fill('13800000003');
    await phone.locator('button').click();
    const otp = page.locator('form[data-method="otp"]');
    await otp.waitFor({ timeout: 15_000 });
    expect(await usable(phone)).toEqual(LOCKED);
    expect(await phone.locator('input').inputValue()).toBe('138****0003');

    const sms = (await kit.feature.inbox!.list(5)).find((m) => m.to === '138****0003');
    const code = /\d{6}/.exec(sms?.text ?? '')![0];
    const wrong = code === '000000' ? '111111' : '000000';
    await otp.locator('input').fill(wrong);
    await otp.locator('button').click();
    await expect.poll(errors, { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.bubble.error').innerText()).toContain('验证码或密码不正确');
    await expect.poll(() => usable(otp)).toEqual(OPEN);

    await otp.locator('input').fill(code);
    await otp.locator('button').click();
    await page.locator(card('balance')).waitFor({ timeout: 15_000 });
    expect(await usable(otp)).toEqual(LOCKED);
    // The code card's resend button is spent too: the customer is verified.
    const resend = page.locator(`${card('verify')} button[data-action="重新发送验证码"]`);
    expect(await resend.evaluate((b) => getComputedStyle(b).pointerEvents)).toBe('none');

    await say('给李娜转100');
    const pin = page.locator('form[data-method="pin"]');
    await pin.waitFor({ timeout: 15_000 });
    await pin.locator('input').fill('111111');
    await pin.locator('button').click();
    await expect.poll(errors, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => usable(pin)).toEqual(OPEN);
    await pin.locator('input').fill('975310');
    await pin.locator('button').click();
    await page.locator(card('confirm')).waitFor({ timeout: 15_000 });
    expect(await usable(pin)).toEqual(LOCKED);
    expect(await page.locator('form.bdh-verify input:enabled').count()).toBe(0);
  }, 90_000);
});
