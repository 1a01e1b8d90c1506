/**
 * "冻结之后还能用支付宝吗" / "if I freeze it, can I still use Apple Pay?" at the read-back of a loss report: the
 * intent model heard a freeze, the loss report was set aside for the freeze flow, and the verified customer's
 * card was frozen on the spot, though they had only asked what a freeze would do. Now the question is a
 * question: nothing is frozen, it is answered (or the customer is told honestly there is no reliable answer
 * here, never "sorry, I didn't catch that"), the loss report is read back again, and "确认" / "confirm"
 * reports the card lost.
 * Through the real server (trained intent model, shipped articles, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    lost: '我的银行卡丢了',
    asks: ['冻结之后还能用支付宝吗', '如果冻结了，工资还能打进来吗'],
    notCaught: /没有听明白/,
    status: '状态',
    frozen: '已冻结',
    confirm: '确认',
    reported: /挂失/,
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    lost: 'I lost my card',
    asks: ['if I freeze it, can I still use Apple Pay?', 'will freezing it stop my salary coming in?'],
    notCaught: /didn't catch that/,
    status: 'Status',
    frozen: 'Frozen',
    confirm: 'confirm',
    reported: /reported|lost/i,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a question about what a freeze would do, asked during a loss report', () => {
  const kit = useTransactionsServer(
    {
      redis: false,
      features: [handoffForTests()],
      otp: { resendCooldownMs: 0 },
    },
    180_000,
  );

  it.each(LOCALES)('%s: such questions freeze nothing and keep the loss report', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.lost);
    const readBack = await chat.verify(s.customer.phone, s.customer.pin);
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    for (const question of s.asks) {
      const answer = await chat.say(question);
      expect(answer.intent, question).not.toBe('freeze_card');
      expect(cardField(answer, s.status)).not.toBe(s.frozen);
      // An answer, or honestly none: never "sorry, I didn't catch that" for a plain question.
      expect(answer.text).not.toMatch(s.notCaught);
      expect(answer.card?.type, answer.text).toBe('confirm');
    }
    const done = await chat.say(s.confirm);
    expect(done.intent).toBe('report_lost_card');
    expect(done.card?.type, done.text).toBe('result');
    expect(done.text).toMatch(s.reported);
    chat.close();
  });
});
