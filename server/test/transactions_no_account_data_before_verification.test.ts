/**
 * For every flow, on both channels, through the real server (real classifier, real sockets, real Redis):
 * before the flow's verification level is reached, no reply carries the customer's account data and nothing
 * changes in the core (balances, cards, audit stream), even when the customer pushes on ("确认", a card tail,
 * a PIN before the code). After verification the flow completes with its card; at the kiosk a sensitive
 * card's figures are never in the spoken text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import { SANDBOX_CUSTOMERS } from '../banking/sandbox_seed.ts';
import { FLOWS } from '../flows/flow_definitions.ts';
import type { FlowId } from '../flows/flow_types.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Card, Channel, Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

interface Row {
  flow: FlowId;
  /** Exact training examples from intents/*.yml. */
  start: Record<Locale, string>;
  customer: string;
  /** What the customer says after verification, then the card type the flow ends with. */
  then: Record<Locale, string[]>;
  ends: Card['type'];
}

const ROWS: Row[] = [
  {
    flow: 'check_balance',
    start: { 'zh-CN': '查余额', en: 'check balance' },
    customer: 'c1001',
    then: { 'zh-CN': [], en: [] },
    ends: 'balance',
  },
  {
    flow: 'recent_transactions',
    start: { 'zh-CN': '查流水', en: 'recent transactions' },
    customer: 'c1001',
    then: { 'zh-CN': ['尾号1234'], en: ['ending 1234'] },
    ends: 'info',
  },
  {
    flow: 'transfer_money',
    start: { 'zh-CN': '给张三转两千五', en: 'transfer money' },
    customer: 'c1001',
    then: { 'zh-CN': ['尾号1234', '确认'], en: ['Li Na', '100', 'ending 1234', 'confirm'] },
    ends: 'receipt',
  },
  {
    flow: 'report_lost_card',
    start: { 'zh-CN': '挂失', en: 'I lost my card' },
    customer: 'c1001',
    then: { 'zh-CN': ['确认'], en: ['confirm'] },
    ends: 'result',
  },
  {
    flow: 'freeze_card',
    start: { 'zh-CN': '冻结银行卡', en: 'freeze my card' },
    customer: 'c1004',
    then: { 'zh-CN': [], en: [] },
    ends: 'result',
  },
  {
    flow: 'unfreeze_card',
    start: { 'zh-CN': '解冻银行卡', en: 'unfreeze my card' },
    customer: 'c1002',
    then: { 'zh-CN': [], en: [] },
    ends: 'result',
  },
  {
    flow: 'pay_bill',
    start: { 'zh-CN': '物业费', en: 'pay bill' },
    customer: 'c1002',
    then: { 'zh-CN': ['尾号4321', '确认'], en: ['ending 4321', 'confirm'] },
    ends: 'receipt',
  },
  {
    flow: 'book_appointment',
    start: { 'zh-CN': '预约', en: 'book an appointment' },
    customer: 'c1003',
    // Read back before it is booked: confirmed last.
    then: {
      'zh-CN': ['中关村', '明天', '上午', '确认'],
      en: ['Zhongguancun', 'tomorrow', 'morning', 'confirm'],
    },
    ends: 'result',
  },
  {
    // Cancels the appointment the row above booked.
    flow: 'cancel_appointment',
    start: { 'zh-CN': '取消预约', en: 'cancel my appointment' },
    customer: 'c1003',
    then: { 'zh-CN': ['确认'], en: ['confirm'] },
    ends: 'result',
  },
  {
    flow: 'queue_ticket',
    start: { 'zh-CN': '取号', en: 'take a number' },
    customer: 'c1003',
    then: { 'zh-CN': ['中关村', '个人业务'], en: ['Zhongguancun', 'personal'] },
    ends: 'ticket',
  },
];

const CHANNELS: Array<{ channel: Channel; locale: Locale }> = [
  { channel: 'app', locale: 'en' },
  { channel: 'kiosk', locale: 'zh-CN' },
];

/** Every digit string that would reveal a sandbox customer's accounts: tails, card tails, balances. */
const SECRETS = SANDBOX_CUSTOMERS.flatMap((c) => [
  ...c.accounts.flatMap((a) => [a.tail, a.number, (a.balance / 100).toFixed(2)]),
  ...c.cards.map((k) => k.tail),
]);
const leaks = (r: Reply): string[] => {
  const visible = JSON.stringify({ text: r.text, speech: r.speech, card: r.card, quick: r.quickReplies });
  return SECRETS.filter(
    (s) => visible.includes(s) || visible.includes(s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
  );
};

const available = await redisAvailable();

describe.skipIf(!available).each(CHANNELS)(
  'every flow on the $channel channel ($locale)',
  ({ channel, locale }) => {
    let kit: TransactionsServer;
    const core = (): RedisCoreBanking => kit.feature.core as RedisCoreBanking;
    const snapshot = async (): Promise<string> => {
      const cards = await Promise.all(SANDBOX_CUSTOMERS.map((c) => core().listCards(c.profile.id)));
      const audit = await kit.feature.audit.recent(1000);
      return JSON.stringify({ balances: [...(await core().allBalances())], cards, audit: audit.length });
    };

    beforeAll(async () => {
      kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
    });
    afterAll(() => kit.close());

    it.each(ROWS)('$flow: nothing before verification, then it completes', async (row) => {
      const def = FLOWS[row.flow];
      const seed = SANDBOX_CUSTOMERS.find((c) => c.profile.id === row.customer)!;
      const chat = await Chat.open(kit, channel, locale);
      const before = await snapshot();

      const first = await chat.say(row.start[locale]);
      expect(leaks(first)).toEqual([]);
      if (def.verification !== 'none') {
        expect(first.card?.type).toBe('verify');
        expect(first.card?.verify).toBeUndefined(); // the phone comes first
        // Pushing on without verifying changes nothing and shows nothing.
        for (const push of locale === 'zh-CN' ? ['确认', '快点办'] : ['confirm', 'hurry up']) {
          const r = await chat.say(push);
          expect(leaks(r)).toEqual([]);
          expect(r.card?.type).toBe('verify');
        }
        const pinFirst = await chat.submit('pin', seed.pin);
        expect(pinFirst.error?.code).toBe('E_CODE_EXPIRED');
        const codePrompt = await chat.say(seed.profile.phone);
        expect(codePrompt.card?.verify).toEqual({ method: 'otp', digits: 6 });
        expect(leaks(codePrompt)).toEqual([]);
        expect(JSON.stringify(codePrompt)).not.toContain(seed.profile.phone);
        expect(await snapshot()).toBe(before);

        const otp = await chat.submit('otp', await chat.latestCode(seed.profile.phone.slice(-4)));
        expect(otp.error).toBeUndefined();
        if (def.verification === 'otp+pin') {
          expect(otp.reply?.card?.verify).toEqual({ method: 'pin', digits: 6 });
          expect(leaks(otp.reply!)).toEqual([]);
          expect(await snapshot()).toBe(before);
          const pin = await chat.submit('pin', seed.pin);
          expect(pin.error).toBeUndefined();
        }
      }

      for (const text of row.then[locale]) await chat.say(text);
      const last = chat.replies.at(-1)!;
      expect(last.card?.type, last.text).toBe(row.ends);
      if (channel === 'kiosk' && last.card?.sensitive) {
        expect(last.text).not.toMatch(/\d/);
        expect(last.speech ?? '').not.toMatch(/\d/);
      }
      if (row.flow === 'check_balance' && channel === 'app') expect(last.text).toContain('52,300.00');
      chat.close();
    });
  },
);
