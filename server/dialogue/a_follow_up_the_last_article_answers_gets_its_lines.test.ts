/**
 * "要带什么" / "what do I need to bring?" after the foreign currency exchange article, and "怎么提高" / "how do I
 * raise it" after the transfer limits, got the very article just read again in full: the follow-up adds no word
 * of its own to find in it. Now its verb says what it asks (what to bring: documents; raising: a higher limit)
 * and the reply is the article's lines on that, with the article still the source. The verb on its own, and
 * through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { answersVerb, verbAsks } from './follow_up_question.ts';

describe('what a follow-up asks by its verb', () => {
  it.each([
    ['要带什么', 'documents'],
    ['需要携带啥', 'documents'],
    ['what do I need to bring?', 'documents'],
    ['怎么提高', 'raise'],
    ['能调高吗', 'raise'],
    ['how do I raise it', 'raise'],
    ['can I increase it?', 'raise'],
    ['要多久', null],
    ['how do I set it up', null],
  ])('"%s" asks %s', (text, asked) => expect(verbAsks(text)).toBe(asked));

  it('finds the lines that answer it', () => {
    expect(answersVerb('- 办理时需本人身份证并如实申报用途', 'documents')).toBe(true);
    expect(answersVerb('- 沙盒银行支持美元、欧元等币种', 'documents')).toBe(false);
    expect(answersVerb('For larger amounts, bring your ID to a branch counter.', 'raise')).toBe(true);
    expect(answersVerb('The daily limit resets at midnight.', 'raise')).toBe(false);
  });
});

/** [locale, question, its article, the follow-up, the line it gives, a line it leaves out] */
const ASKED: Array<[Locale, string, string, string, RegExp, RegExp]> = [
  ['zh-CN', '我想换点外币', 'foreign_currency_exchange', '要带什么', /本人身份证/, /购汇便利化额度|支持美元/],
  [
    'en',
    'I want to exchange some foreign currency',
    'foreign_currency_exchange',
    'what do I need to bring',
    /Bring your ID/,
    /annual quota|US dollars, euros/,
  ],
  ['zh-CN', '转账限额是多少', 'transfer_limits', '怎么提高', /需要更高额度.*网点柜台/, /I类账户|II类账户/],
  [
    'en',
    'what is the transfer limit',
    'transfer_limits',
    'how do I raise it',
    /For larger amounts, bring your ID to a branch counter/,
    /Type I account|Type II account/,
  ],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(ASKED)(
    '%s "%s" (%s), then "%s": its lines, not the article again',
    async (locale, question, article, followUp, given, left) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(question);
      expect(first.source?.id, first.text).toBe(article);
      expect(first.text).toMatch(left);
      const reply = await chat.say(followUp);
      chat.close();
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(given);
      expect(reply.text).not.toMatch(left);
    },
  );
});
