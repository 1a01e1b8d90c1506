/**
 * Cards on the lobby screen, against the real server with verified transactions (Redis) in Debian's
 * Chromium: "查余额" brings a phone card, then a code card the customer types the SMS code into (read from
 * the sandbox inbox), then the balance card. Cards sit between the captions and the controls, below the
 * avatar's face; a reply without a card takes the last one away; the inactivity reset leaves nothing of the
 * last customer on the screen, and the next customer has to verify again.
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
import { hook, waitForKioskReady, waitUntil, type PageProbe } from './support/page_helpers.ts';
import type { CanvasStats } from '../avatar/test_hook.ts';

const available = chromiumAvailable() && (await redisAvailable());
if (!chromiumAvailable()) console.warn(SKIP_MESSAGE);

const card = (type: string): string => `#cards .bdh-card[data-card-type="${type}"]`;

describe.skipIf(!available)('cards on the lobby screen', () => {
  let kit: TransactionsServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 900, height: 1200 });
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
    probe = await browser.open(`${kit.server.url}/kiosk?idleMs=8000`);
    page = probe.page;
    await waitForKioskReady(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kit?.close();
  });

  const say = async (text: string): Promise<void> => {
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
  };
  const cardCount = (): Promise<number> => page.locator('#cards .bdh-card').count();

  it('lets the customer type the phone and the SMS code into large cards below the face', async () => {
    await say('查余额');
    const phone = page.locator(`${card('verify')} form[data-method="phone"]`);
    await phone.waitFor({ timeout: 15_000 });

    // Large enough to touch and read at kiosk size; below the face, above the controls.
    const input = await phone.locator('input').boundingBox();
    expect(input?.height ?? 0).toBeGreaterThanOrEqual(48);
    const fontSize = await phone.locator('input').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(22);
    const box = (await page.locator(card('verify')).boundingBox())!;
    const stats = await hook<CanvasStats>(page, 'h.canvasStats()');
    expect(stats.head).not.toBeNull();
    expect(box.y).toBeGreaterThan(stats.head!.y);
    const controls = (await page.locator('.controls').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(controls.y + 1);
    await page.screenshot({ path: 'evals/reports/screenshots/test-kiosk-verify-card.png' });

    await phone.locator('input').fill('13800000001');
    await phone.locator('button').click();
    const otp = page.locator(`${card('verify')} form[data-method="otp"]`);
    await otp.waitFor({ timeout: 15_000 });
    // The code card replaced the phone card.
    expect(await cardCount()).toBe(1);

    const sms = (await kit.feature.inbox!.list(5)).find((m) => m.to === '138****0001');
    const code = /\d{6}/.exec(sms?.text ?? '')![0];
    await otp.locator('input').fill(code);
    await otp.locator('button').click();

    const balance = page.locator(card('balance'));
    await balance.waitFor({ timeout: 15_000 });
    expect(await balance.textContent()).toContain('¥52,300.00');
    expect(await page.locator('#caption-assistant').textContent()).toContain('请您查看屏幕');
    expect(await cardCount()).toBe(1);
    expect(await page.evaluate('document.body.innerText')).not.toContain(code);
    expect(probe.errors).toEqual([]);
  }, 60_000);

  it('takes the card away when the next reply has none', async () => {
    await say('谢谢');
    await expect.poll(cardCount, { timeout: 15_000 }).toBe(0);
  });

  it('clears the card area on the inactivity reset; the next customer must verify again', async () => {
    const before = (await page.evaluate('window.__avatarTest.extra.resets()')) as number;
    await say('查余额');
    await page.locator(card('balance')).waitFor({ timeout: 15_000 });
    await waitUntil(page, `h.extra.resets() > ${before}`, 60_000);
    expect(await cardCount()).toBe(0);
    expect(await page.evaluate('document.body.innerText')).not.toContain('52,300');

    await say('查余额');
    await page.locator(`${card('verify')} form[data-method="phone"]`).waitFor({ timeout: 15_000 });
    expect(await page.evaluate('document.body.innerText')).not.toContain('52,300');
    expect(probe.errors).toEqual([]);
  }, 90_000);
});
