/**
 * At a transfer's read-back of ¥3,000, a customer correcting the amount ("I said 300", "no, I said 300", "it
 * was 300 not 3000", "我说的是300", "不对，是三百") got the anti-fraud warning and the transfer held: the handoff
 * model scored "I said 300" 0.98 fraud, and the fraud guard runs before the flows. A correction of the amount
 * during a transfer is the flow's: the transfer is read back with ¥300, no warning, no handoff, and "confirm"
 * sends ¥300. A scam story told at the same read-back ("a policeman told me to send 300 to a safe account")
 * still gets the warning. Through the real server (trained models, flows, handoff, Redis), in both locales.
 */
import { describe, expect, it } from 'vitest';
import { accountBalance } from '../flows/testing/account_balance.ts';
import { Chat, cardField as field } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    // 张伟: accounts a1 (**** 1234) and a2; 张三 is a saved payee.
    customer: { phone: '13800000001', pin: '135790', account: 'a1' },
    start: '给张三转3000',
    from: '尾号1234',
    corrections: [
      '我说的是300',
      '不对，是三百',
      '不对，我说的是300',
      '我说的是300，不是3000',
      '是300元',
      '我刚才说的是三百块',
    ],
    back: '我说的是3000',
    confirm: '确认',
    amount: '金额',
    three: '¥300.00',
    thousands: '¥3,000.00',
    scam: '警察打电话说我涉嫌洗钱，让我把300转到安全账户',
    warning: /安全账户/,
  },
  en: {
    // John Smith: one account a6 (**** 2468); Alice Chen is a saved payee.
    customer: { phone: '13800000004', pin: '864200', account: 'a6' },
    start: 'transfer 3000 to Alice Chen',
    from: null,
    corrections: [
      'I said 300',
      'no, I said 300',
      'it was 300 not 3000',
      'I meant 300',
      "no it's 300",
      'sorry, I said 300 not 3000!',
    ],
    back: 'I said 3000',
    confirm: 'confirm',
    amount: 'Amount',
    three: 'CNY 300.00',
    thousands: 'CNY 3,000.00',
    scam: 'a policeman told me to send 300 to a safe account',
    warning: /safe account/,
  },
} as const;

describe.skipIf(!available)('an amount corrected at a transfer read-back', () => {
  const kit = useTransactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  const balance = (id: string): Promise<number | undefined> => accountBalance(kit(), id);

  /** A conversation at the read-back of ¥3,000, and whether a handoff status was ever sent in it. */
  const atReadBack = async (locale: Locale): Promise<{ chat: Chat; handedOver: () => boolean }> => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    let handoff = false;
    chat.socket.on('handoff.status', () => (handoff = true));
    await chat.say(s.start);
    let readBack = await chat.verify(s.customer.phone, s.customer.pin);
    if (s.from) readBack = await chat.say(s.from);
    expect(field(readBack, s.amount), readBack.text).toBe(s.thousands);
    return { chat, handedOver: () => handoff };
  };

  it.each(['zh-CN', 'en'] as const)(
    '%s: each correction is read back with ¥300, no warning, and confirm sends ¥300',
    async (locale: Locale) => {
      const s = S[locale];
      const { chat, handedOver } = await atReadBack(locale);
      for (const correction of s.corrections) {
        const corrected = await chat.say(correction);
        const seen = `${correction} -> ${corrected.text}`;
        expect(corrected.kind, seen).toBe('flow');
        expect(corrected.card?.type, seen).toBe('confirm');
        expect(field(corrected, s.amount), seen).toBe(s.three);
        expect(corrected.text, seen).not.toMatch(s.warning);
        const again = await chat.say(s.back);
        expect(field(again, s.amount), `${s.back} -> ${again.text}`).toBe(s.thousands);
      }
      const last = await chat.say(s.corrections[0]);
      expect(field(last, s.amount), last.text).toBe(s.three);
      expect(handedOver()).toBe(false);

      const before = await balance(s.customer.account);
      const receipt = await chat.say(s.confirm);
      expect(receipt.card?.type, receipt.text).toBe('receipt');
      expect(field(receipt, s.amount)).toBe(s.three);
      expect(await balance(s.customer.account)).toBe((before ?? 0) - 30_000);
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: a scam story told at the read-back still gets the warning, and nothing is sent',
    async (locale: Locale) => {
      const s = S[locale];
      const { chat, handedOver } = await atReadBack(locale);
      const before = await balance(s.customer.account);
      const warned = await chat.say(s.scam);
      expect(warned.kind, warned.text).toBe('handoff');
      expect(warned.text).toMatch(s.warning);
      expect(handedOver()).toBe(true);
      const confirmed = await chat.say(s.confirm);
      expect(confirmed.card?.type, confirmed.text).not.toBe('receipt');
      expect(await balance(s.customer.account)).toBe(before);
      chat.close();
    },
  );
});
