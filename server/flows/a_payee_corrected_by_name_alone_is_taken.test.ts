/**
 * "sorry, I meant Zhang Wei, not Alice" / "不是李娜，是张三" while the PIN is asked for, or at the read-back: with
 * no transfer verb the payee was not heard ("Sorry, I didn't catch that"), and the read-back after the PIN
 * still named the payee the customer had just taken back. Now the payee meant is taken, and the read-back
 * names them. A name that is not the current payee ("不是王五，是张三") changes nothing, and a scam word in
 * the name ("不是李娜，是警察") is never read back as a payee.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    request: '给李娜转500',
    from: '尾号1234',
    duringPin: '不是李娜，是张三',
    atReadBack: '我说的是李娜，不是张三',
    unrelated: '不是王五，是张三',
    scam: '不是李娜，是警察',
    first: /^李娜 /,
    meant: /^张三 /,
    payee: '收款人',
    notCaught: /没有听明白/,
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    request: 'send 300 to Alice',
    from: undefined,
    duringPin: 'sorry, I meant Zhang Wei, not Alice',
    atReadBack: 'no, not Zhang Wei, Alice',
    unrelated: 'I meant Zhang Wei, not Bob',
    scam: 'no, not Alice, the police officer',
    first: /^Alice Chen /,
    meant: /^Zhang Wei /,
    payee: 'Payee',
    notCaught: /didn't catch that/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee corrected by name alone', () => {
  const kit = useTransactionsServer(
    {
      redis: false,
      features: [handoffForTests()],
      otp: { resendCooldownMs: 0 },
    },
    180_000,
  );

  /** Says the phone and submits the code: the PIN is asked for next. */
  async function untilPin(chat: Chat, locale: Locale): Promise<void> {
    const s = S[locale];
    await chat.say(s.request);
    await chat.say(s.customer.phone);
    const otp = await chat.submit('otp', await chat.latestCode(s.customer.phone.slice(-4)));
    expect(otp.reply?.card?.verify?.method).toBe('pin');
  }

  async function readBack(chat: Chat, locale: Locale): Promise<Reply> {
    const s = S[locale];
    let reply = (await chat.submit('pin', s.customer.pin)).reply!;
    if (s.from && reply.card?.type !== 'confirm') reply = await chat.say(s.from);
    expect(reply.card?.type, reply.text).toBe('confirm');
    return reply;
  }

  it.each(LOCALES)(
    '%s: said while the PIN is asked for, the read-back names the payee meant',
    async (locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      await untilPin(chat, locale);
      const noted = await chat.say(s.duringPin);
      expect(noted.text).not.toMatch(s.notCaught);
      const reply = await readBack(chat, locale);
      expect(cardField(reply, s.payee)).toMatch(s.meant);
      // And back again at the read-back.
      const again = await chat.say(s.atReadBack);
      expect(again.card?.type, again.text).toBe('confirm');
      expect(cardField(again, s.payee)).toMatch(s.first);
      chat.close();
    },
  );

  it.each(LOCALES)('%s: a name that is not the current payee changes nothing', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await untilPin(chat, locale);
    await chat.say(s.unrelated);
    const reply = await readBack(chat, locale);
    expect(cardField(reply, s.payee)).toMatch(s.first);
    chat.close();
  });

  it.each(LOCALES)('%s: a scam word as the payee meant is never read back', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await untilPin(chat, locale);
    await chat.submit('pin', s.customer.pin);
    const reply = await chat.say(s.scam);
    expect(cardField(reply, s.payee) ?? '').not.toMatch(/警察|police/);
    chat.close();
  });
});
