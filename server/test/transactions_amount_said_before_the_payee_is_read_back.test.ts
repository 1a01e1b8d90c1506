/**
 * "转两千五给小王" (the amount before 给, as customers often say it) used to lose the payee, so after
 * verification the assistant asked "请问您要转给谁？" for a name already given. The English counterpart,
 * "tranfer 2,500 to jon smith", lost the payee to the misspelt verb, and "two and a half grand" was no
 * amount at all. Each now reaches the read-back with the amount and payee that were said.
 * Through the real server (trained intent model, Redis, sandbox OTP).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

interface Case {
  locale: Locale;
  request: string;
  /** Asked when the payee is not a saved one. */
  account: string | null;
  payee: RegExp;
}

const CASES: Case[] = [
  // 小王 is not a saved payee: the account number is asked, the name is not asked again.
  { locale: 'zh-CN', request: '转两千五给小王', account: '6222021234567890123', payee: /^小王 \*{4} 0123$/ },
  {
    locale: 'en',
    request: 'tranfer 2,500 to jon smith',
    account: '6222021234567890123',
    payee: /^jon smith \*{4} 0123$/,
  },
  // John Smith is a saved payee of this customer.
  { locale: 'en', request: 'send two and a half grand to john smith', account: null, payee: /^John Smith / },
];

const TEXT = {
  'zh-CN': { from: '尾号1234', payee: '收款人', amount: '金额', askPayee: '请问您要转给谁' },
  en: {
    from: 'ending 1234',
    payee: 'Payee',
    amount: 'Amount',
    askPayee: 'Who would you like to send money to',
  },
} as const;

describe.skipIf(!available)('an amount said before the payee', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(CASES.map((c) => [c.locale, c.request, c] as const))(
    '%s "%s": reaches the read-back with amount and payee',
    async (_locale, _request, c) => {
      const t = TEXT[c.locale];
      const chat = await Chat.open(kit, 'app', c.locale);
      const replies: Reply[] = [await chat.say(c.request)];
      replies.push(await chat.verify('13800000001', '135790'));
      if (c.account) replies.push(await chat.say(c.account));
      const readBack = await chat.say(t.from);
      replies.push(readBack);
      for (const r of replies) expect(r.text).not.toContain(t.askPayee);
      expect(readBack.card?.type).toBe('confirm');
      expect(field(readBack, t.amount)).toMatch(/2,500\.00$/);
      expect(field(readBack, t.payee)).toMatch(c.payee);
      chat.close();
    },
  );
});
