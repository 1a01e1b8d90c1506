/**
 * A customer asking the bank's fee for their own cash withdrawal abroad ("how much fee to withdraw baht in
 * thailand", "在泰国取钱要先交手续费吗") got the advance-fee scam warning and a fraud handoff: the advance-fee cue
 * hears "fee to withdraw" and "先交手续费" (a platform wanting a fee before "profits" can be taken out), and only
 * questions opening with "what's the" / "is there" were let through. Now such a question gets the overseas
 * cash-withdrawal article, while a fee wanted before a loan, a parcel, a prize or a platform's "profits" is
 * still a scam. Through the real server (trained intent and handoff models, shipped articles, handoff).
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

const OWN_FEE: Array<[Locale, string]> = [
  ['en', 'how much fee to withdraw baht in thailand'],
  ['en', 'do i pay a fee to withdraw baht in thailand'],
  ['en', 'the fee to withdraw baht in thailand?'],
  ['en', "what's the fee to withdraw baht in thailand"],
  ['en', 'how much is the fee to take out cash in bangkok'],
  ['zh-CN', '在泰国取钱要先交手续费吗'],
  ['zh-CN', '去日本取日元要先交手续费吗'],
  ['zh-CN', '在泰国取泰铢手续费多少'],
];

const SCAMS: Array<[Locale, string]> = [
  ['en', 'they want a 2000 fee before they release my loan'],
  ['en', 'I have to pay a customs fee to release the parcel'],
  ['en', 'the platform says i need to pay a fee to withdraw my profits'],
  ['en', 'he says I need to pay a fee to withdraw cash in thailand'],
  ['zh-CN', '要先交保证金才能放款'],
  ['zh-CN', '平台说要先交手续费才能提现'],
  ['zh-CN', '客服说在泰国取钱要先交手续费'],
  ['zh-CN', '快递员说要交海关税费才能放行包裹'],
];

describe('a fee for cash taken out abroad', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(OWN_FEE)('%s "%s": the overseas cash article, no scam warning', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'overseas_cash_withdrawal');
    expect(reply.kind, reply.text).toBe('faq');
  });

  it.each(SCAMS)('%s "%s": still the scam warning and a fraud handoff', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.intent).toBe('fraud_report');
  });
});
