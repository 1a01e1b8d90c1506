/**
 * Follow-ups customers say after any article, read alone, went to whatever article their words match most:
 * "what do I do now" to the SMS-code article (after exchange, the annual fee, early withdrawal, mortgage
 * prepayment, a forgotten password), "can I do it online" to transfer fees (after each of them), "网上能办吗" to
 * a stray line or the fallback, and "收费吗" / "is there a fee" after an early withdrawal of a fixed deposit to
 * card replacement fees. Now "now" names no subject, doing it online is an attribute asked of the last subject
 * (its lines on the app or online banking), and an article the combined question matches only far down (0.12)
 * is no answer: the honest fallback when the last article says nothing of a fee.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { askedAttributes } from './follow_up_question.ts';

describe('what the follow-up asks', () => {
  it.each(['can I do it online?', 'can I do it in the app', '网上能办吗', '手机上可以办吗'])(
    '"%s" asks whether the last subject can be done online',
    (text) => expect(askedAttributes(text)).toEqual(['online']),
  );
});

/** [locale, question, its article, follow-up, what the reply must say] */
const STAYS: Array<[Locale, string, string, string, RegExp]> = [
  ['en', 'I want to exchange some US dollars', 'foreign_currency_exchange', 'what do I do now', /currency/],
  [
    'en',
    'I forgot my online banking password',
    'password_reset_procedure',
    'can I do it online',
    /Forgot Password/,
  ],
  ['en', 'I want to pay off my mortgage early', 'mortgage_prepayment', 'can I do it online', /app/i],
  ['zh-CN', '网银密码忘了', 'password_reset_procedure', '网上能办吗', /忘记密码/],
  ['zh-CN', '我想换点美元', 'foreign_currency_exchange', '网上能办吗', /App/],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(STAYS)(
    '%s "%s" (%s), then "%s": that article again',
    async (locale, question, article, followUp, says) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(question);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(says);
    },
  );

  it.each([
    ['zh-CN', '定期存款能提前取吗', '收费吗'],
    ['en', 'can I withdraw my fixed deposit early', 'is there a fee'],
  ] as const)('%s "%s", then "%s": no card replacement fees', async (locale, question, followUp) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const first = await chat.say(question);
    const reply = await chat.say(followUp);
    chat.close();
    expect(first.source?.id).toBe('fixed_deposit_early_withdrawal');
    expect(reply.source?.id ?? null, reply.text).not.toBe('card_replacement_fee');
    expect(reply.source?.id ?? null, reply.text).not.toBe('transfer_fees');
  });
});
