/**
 * Two transfers in one message, "给李娜转500，再给张三转300" / "transfer 200 to Zhang Wei and 300 to Alice
 * Chen": only one payee reached the flow (the second one's amount could even be read back for the first
 * payee), and the second transfer was silently lost. A transfer flow moves one payment, so they are done one
 * at a time: the customer is told so at once; the first is read back and confirmed; when it is done the
 * second is named with its amount and offered, and taken up it is read back and confirmed in turn. Declined,
 * it is said not to be done; the first cancelled, the second is said not to be done either.
 * Through the real server (trained intent model, Redis, sandbox OTP).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from '../test/support/harness.ts';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

interface Script {
  /** A sandbox customer with both payees saved. */
  customer: { phone: string; pin: string };
  request: string;
  plan: string;
  /** Says which account when the customer has two. */
  from?: string;
  first: [RegExp, RegExp];
  offer: string;
  second: [RegExp, RegExp];
  declined: string;
  cancelled: string;
  labels: { payee: string; amount: string; confirm: string; cancel: string; done: RegExp };
}

const SCRIPTS: Record<Locale, Script> = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    request: '给李娜转500，再给张三转300',
    plan: '转账一笔一笔办：先办给李娜转¥500.00；给张三转¥300.00等这笔办完再办。',
    from: '尾号1234',
    first: [/^李娜 /, /¥500\.00$/],
    offer: '您刚才说的给张三转¥300.00还没有办理，现在办理吗？',
    second: [/^张三 /, /¥300\.00$/],
    declined: '给张三转¥300.00没有办理，钱没有转出',
    cancelled: '已为您取消，给张三转¥300.00也没有办理',
    labels: {
      payee: '收款人',
      amount: '金额',
      confirm: '确认',
      cancel: '取消',
      done: /转账成功|已转出|成功/,
    },
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    request: 'transfer 200 to Zhang Wei and 300 to Alice Chen',
    plan: 'Transfers go one at a time: first CNY 200.00 to Zhang Wei; CNY 300.00 to Alice Chen comes right after it.',
    first: [/^Zhang Wei /, /200\.00$/],
    offer: 'You also asked for CNY 300.00 to Alice Chen; that has not been done yet. Shall I do it now?',
    second: [/^Alice Chen /, /300\.00$/],
    declined: 'CNY 300.00 to Alice Chen has not been done; no money was sent',
    cancelled: 'I have cancelled that; CNY 300.00 to Alice Chen has not been done either',
    labels: {
      payee: 'Payee',
      amount: 'Amount',
      confirm: 'confirm',
      cancel: 'cancel',
      done: /sent|success|done/i,
    },
  },
};

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('two transfers asked for in one message', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  /** Up to the first transfer's read-back; the plan was said with the first reply. */
  async function firstReadBack(locale: Locale): Promise<[Chat, Reply]> {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const started = await chat.say(s.request);
    expect(started.intent).toBe('transfer_money');
    expect(started.text).toContain(s.plan);
    let reply = await chat.verify(s.customer.phone, s.customer.pin);
    if (s.from && reply.card?.type !== 'confirm') reply = await chat.say(s.from);
    expect(reply.card?.type).toBe('confirm');
    expect(field(reply, s.labels.payee)).toMatch(s.first[0]);
    expect(field(reply, s.labels.amount)).toMatch(s.first[1]);
    return [chat, reply];
  }

  it.each(LOCALES)('%s: the first is done, then the second is offered and read back', async (locale) => {
    const s = SCRIPTS[locale];
    const [chat] = await firstReadBack(locale);
    const done = await chat.say(s.labels.confirm);
    expect(done.text).toMatch(s.labels.done);
    expect(done.text).toContain(s.offer);
    const take = done.quickReplies[done.quickReplies.length - 2];
    expect(take).toBeDefined();
    let second = await chat.say(take!.text);
    if (s.from && second.card?.type !== 'confirm') second = await chat.say(s.from);
    expect(second.intent).toBe('transfer_money');
    expect(second.card?.type).toBe('confirm');
    expect(field(second, s.labels.payee)).toMatch(s.second[0]);
    expect(field(second, s.labels.amount)).toMatch(s.second[1]);
    const doneToo = await chat.say(s.labels.confirm);
    expect(doneToo.text).toMatch(s.labels.done);
    // Nothing more to offer.
    expect(doneToo.text).not.toContain(s.offer);
    chat.close();
  });

  it.each(LOCALES)('%s: declining the second says it was not done', async (locale) => {
    const s = SCRIPTS[locale];
    const [chat] = await firstReadBack(locale);
    const done = await chat.say(s.labels.confirm);
    expect(done.text).toContain(s.offer);
    const drop = done.quickReplies[done.quickReplies.length - 1];
    const declined = await chat.say(drop!.text);
    expect(declined.text).toContain(s.declined);
    expect(declined.card?.type).not.toBe('confirm');
    chat.close();
  });

  it.each(LOCALES)('%s: cancelling the first says the second was not done either', async (locale) => {
    const s = SCRIPTS[locale];
    const [chat] = await firstReadBack(locale);
    const cancelled = await chat.say(s.labels.cancel);
    expect(cancelled.text).toContain(s.cancelled);
    chat.close();
  });

  it('at a kiosk the plan and the offer name the payees without figures', async () => {
    const s = SCRIPTS.en;
    const chat = await Chat.open(kit, 'kiosk', 'en');
    const started = await chat.say(s.request);
    expect(started.text).toContain(
      'Transfers go one at a time: first the transfer to Zhang Wei; the transfer to Alice Chen comes right after it.',
    );
    const confirm = await chat.verify(s.customer.phone, s.customer.pin);
    expect(confirm.card?.type).toBe('confirm');
    const done = await chat.say(s.labels.confirm);
    expect(done.text).toContain('You also asked for the transfer to Alice Chen; that has not been done yet.');
    for (const r of [started, done]) expect(r.text).not.toMatch(/\d/);
    chat.close();
  });

  it.each([
    ['zh-CN', '给李娜转500，不对，给张三转500', /^张三 /, '尾号1234'],
    ['en', 'send 200 to Zhang Wei, no wait, 200 to Alice Chen', /^Alice Chen /, undefined],
  ] as const)('%s "%s" is one transfer, corrected', async (locale, request, payee, from) => {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const started = await chat.say(request);
    expect(started.intent).toBe('transfer_money');
    expect(started.text).not.toMatch(/一笔一笔|one at a time/);
    let reply = await chat.verify(s.customer.phone, s.customer.pin);
    if (from && reply.card?.type !== 'confirm') reply = await chat.say(from);
    expect(reply.card?.type).toBe('confirm');
    expect(field(reply, s.labels.payee)).toMatch(payee);
    chat.close();
  });
});
