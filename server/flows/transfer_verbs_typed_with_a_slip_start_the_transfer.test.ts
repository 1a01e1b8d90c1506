/**
 * "tranfer two and a half grand to jon smith" got "that is outside the banking services I can help with"
 * while "tranfer 2500 to jon smith" and "transfer two and a half grand to jon smith" started the transfer:
 * the intent model knows neither the slip nor "grand", and the rule that starts a transfer from an amount and
 * a payee only took "transfer" spelt right. In Mandarin the slip is a pinyin homophone (砖账 / 专账 for 转账):
 * the intent model hears the transfer, but the payee was lost and asked for again. Through the real server,
 * whatever the amount's wording: the transfer starts and reaches the read-back with the payee and amount said.
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

const TEXT = {
  'zh-CN': { from: '尾号1234', payee: '收款人', amount: '金额', askPayee: '请问您要转给谁', phone: '手机号' },
  en: {
    from: 'ending 1234',
    payee: 'Payee',
    amount: 'Amount',
    askPayee: 'Who would you like to send money to',
    phone: 'mobile number',
  },
} as const;

// Saved payees of the sandbox customer Zhang Wei: 李娜 (Li Na), 张三, John Smith.
const CASES: Array<[Locale, string, RegExp, RegExp]> = [
  ['en', 'tranfer two and a half grand to john smith', /^John Smith /, /2,500\.00$/],
  ['en', 'can you tansfer a couple of grand to John Smith', /^John Smith /, /2,000\.00$/],
  ['en', 'trasnfer five hundred to john smith', /^John Smith /, /500\.00$/],
  ['zh-CN', '给李娜砖账两千五', /^李娜 /, /2,500\.00$/],
  ['zh-CN', '专账给张三八百块', /^张三 /, /800\.00$/],
];

describe.skipIf(!available)('a transfer verb typed with a slip', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(CASES)('%s "%s": the transfer starts and is read back', async (locale, request, payee, amount) => {
    const t = TEXT[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const first = await chat.say(request);
    expect(first.intent).toBe('transfer_money');
    expect(first.text).toContain(t.phone);
    const replies: Reply[] = [first, await chat.verify('13800000001', '135790')];
    const readBack = await chat.say(t.from);
    replies.push(readBack);
    for (const r of replies) expect(r.text).not.toContain(t.askPayee);
    expect(readBack.card?.type).toBe('confirm');
    expect(field(readBack, t.payee)).toMatch(payee);
    expect(field(readBack, t.amount)).toMatch(amount);
    chat.close();
  });
});
