/**
 * Words that must read as one piece stay on one line (found in a walkthrough's screenshots): the app's
 * "中文" button in the English header read "中 / 文" on a phone; a balance card broke "CNY 1,100.00" into
 * "CNY / 1,100.00" beside a long account label; the lobby screen's "Shown on screen only" badge left "only"
 * on a line of its own; and the code boxes' placeholders, spaced out like digits, read "预 留 手 机 号" and
 * were cut off ("Registered mobile numb") on the lobby screen.
 * Against a scripted server, in Debian's Chromium, at a phone's and a lobby screen's size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Card } from '../../server/protocol/protocol.ts';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import {
  startFakeCustomerServer,
  textReply,
  type FakeCustomerServer,
} from './support/fake_customer_server.ts';
import { openPage, waitForAvatar } from './support/page_helpers.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

/** How many lines an element's text takes on screen. */
const lines = (node: Locator): Promise<number> =>
  node.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

/** Whether the input's placeholder is drawn without the code digits' letter spacing. */
const placeholderSpacing = (input: Locator): Promise<string> =>
  input.evaluate((e) => getComputedStyle(e, '::placeholder').letterSpacing);

const balance: Card = {
  type: 'balance',
  title: 'Balance',
  fields: [{ label: 'Class II e-account **** 9090', value: 'CNY 1,100.00' }],
  actions: [],
  sensitive: true,
};
const phoneCard: Card = {
  type: 'verify',
  title: 'Verify: registered mobile number',
  fields: [],
  actions: [],
  sensitive: false,
};
const otpCard: Card = {
  type: 'verify',
  title: 'Enter the code we texted you',
  fields: [{ label: 'Phone', value: '138****0004' }],
  actions: [{ label: 'Resend code', text: 'resend the code' }],
  verify: { method: 'otp', digits: 6 },
  sensitive: true,
};

function flowReply(fake: FakeCustomerServer, id: string, text: string, card: Card): void {
  fake.emit(
    'reply.text',
    textReply(id, text, { kind: 'flow', locale: 'en', source: null, quickReplies: [], card }),
  );
}

describe.skipIf(!available)('text on one line where it must be', () => {
  let fake: FakeCustomerServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 390, height: 844 });
    fake = await startFakeCustomerServer({ autoReply: false });
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  it('in the app on a phone: the language button, a balance and the phone box’s hint', async () => {
    await openPage(page, `${fake.url}/app?locale=en`);
    await page.waitForFunction('document.querySelector("#status")?.textContent === "Connected"', null, {
      timeout: 30_000,
    });
    expect(await page.locator('#locale').textContent()).toBe('中文');
    expect(await lines(page.locator('#locale'))).toBe(1);

    flowReply(fake, 'r1', 'Your Class II e-account ending 9090 has CNY 1,100.00.', balance);
    const value = page.locator('.bdh-card--balance dd');
    await value.waitFor({ timeout: 10_000 });
    expect(await value.textContent()).toBe('CNY 1,100.00');
    expect(await lines(value)).toBe(1);

    flowReply(fake, 'r2', 'Please tell me your registered mobile number.', phoneCard);
    const phone = page.locator('form[data-method="phone"] input');
    await phone.waitFor({ timeout: 10_000 });
    expect(await placeholderSpacing(phone)).toBe('normal');
  }, 60_000);

  it('on the lobby screen: the code box’s hint and the "shown on screen only" badge', async () => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await openPage(page, `${fake.url}/kiosk?locale=en`);
    await waitForAvatar(page);

    flowReply(fake, 'k1', 'Please tell me your registered mobile number.', phoneCard);
    const phone = page.locator('#cards form[data-method="phone"] input');
    await phone.waitFor({ timeout: 10_000 });
    expect(await placeholderSpacing(phone)).toBe('normal');

    flowReply(fake, 'k2', 'A code was sent to your registered phone.', otpCard);
    const badge = page.locator('#cards .bdh-badge');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toBe('Shown on screen only');
    expect(await lines(badge)).toBe(1);
    expect(await placeholderSpacing(page.locator('#cards form[data-method="otp"] input'))).toBe('normal');
  }, 90_000);
});
