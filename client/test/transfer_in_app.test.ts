/**
 * A transfer walked in the real app page in Debian's Chromium: the customer types "给张三转两千五", enters the
 * phone in the verify card, the SMS code (read from the sandbox inbox) and the PIN in their cards, picks the
 * account from the quick replies, confirms on the read-back card and gets the receipt card. The money moved
 * once; the code and the PIN are nowhere on the page afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RedisCoreBanking } from '../../server/banking/redis_core_banking.ts';
import { yuan } from '../../server/banking/money.ts';
import {
  transactionsServer,
  type TransactionsServer,
} from '../../server/flows/testing/transactions_test_kit.ts';
import { redisAvailable } from '../../server/test/support/harness.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import { sendInApp, waitForAppConnected } from './support/app_page.ts';
import { type PageProbe } from './support/page_helpers.ts';

const available = chromiumAvailable() && (await redisAvailable());
if (!chromiumAvailable()) console.warn(SKIP_MESSAGE);

describe.skipIf(!available)('a transfer in the app page', () => {
  let kit: TransactionsServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 420, height: 860 });
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
    probe = await browser.open(`${kit.server.url}/app?locale=zh-CN`);
    page = probe.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kit?.close();
  });

  const card = (type: string): string => `.bdh-card[data-card-type="${type}"]`;

  it('goes from one sentence to a receipt through the verify and confirm cards', async () => {
    await waitForAppConnected(page);
    await sendInApp(page, '给张三转两千五');

    const phoneForm = page.locator(`${card('verify')} form[data-method="phone"]`);
    await phoneForm.waitFor({ timeout: 15_000 });
    await phoneForm.locator('input').fill('13800000001');
    await phoneForm.locator('button').click();

    const otpForm = page.locator('form[data-method="otp"]');
    await otpForm.waitFor({ timeout: 15_000 });
    const sms = (await kit.feature.inbox!.list(5)).find((m) => m.to === '138****0001');
    const code = /\d{6}/.exec(sms?.text ?? '')![0];
    await otpForm.locator('input').fill(code);
    await otpForm.locator('button').click();

    const pinForm = page.locator('form[data-method="pin"]');
    await pinForm.waitFor({ timeout: 15_000 });
    expect(await pinForm.locator('input').getAttribute('type')).toBe('password');
    await pinForm.locator('input').fill('135790');
    await pinForm.locator('button').click();

    const account = page.locator('#quick button', { hasText: '1234' });
    await account.waitFor({ timeout: 15_000 });
    await account.click();

    const confirm = page.locator(card('confirm'));
    await confirm.waitFor({ timeout: 15_000 });
    expect(await confirm.textContent()).toContain('¥2,500.00');
    expect(await confirm.textContent()).toContain('张三 **** 7788');
    await confirm.locator('button[data-action="确认"]').click();

    const receipt = page.locator(card('receipt'));
    await receipt.waitFor({ timeout: 15_000 });
    const text = (await receipt.textContent()) ?? '';
    expect(text).toContain('¥2,500.00');
    expect(text).toContain('¥49,800.00');
    expect((await (kit.feature.core as RedisCoreBanking).allBalances()).get('a1')).toBe(yuan(49_800));

    const pageText = await page.evaluate('document.body.innerText');
    expect(pageText).not.toContain(code);
    expect(pageText).not.toContain('135790');
    const values = await page.evaluate(
      '[...document.querySelectorAll("input")].map((i) => i.value).join("|")',
    );
    expect(values).not.toContain(code);
    expect(values).not.toContain('135790');
    expect(probe.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  }, 90_000);
});
