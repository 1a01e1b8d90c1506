/**
 * "转给我妈王秀英500": the relationship said before the name is who the payee is to the customer, not part of
 * their name. The payee was read as "我妈王秀" (the name rule counted from 我 and kept four characters), so the
 * read-back named someone who does not exist; "send 500 to my mom Jane Smith" heard no payee at all and asked
 * who to send to. Now the payee is the name (王秀英, Jane Smith), in the read-back too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../nlu/entities/test_helpers.ts';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';

const payeeOf = (text: string, locale: Locale): string[] =>
  rowsOf('payee', text, locale).map((r) => String(r[1]));

describe('the payee named after a relationship', () => {
  it.each([
    ['转给我妈王秀英500', 'zh-CN', '王秀英'],
    ['给我爸李建国转1000', 'zh-CN', '李建国'],
    ['转500给我姐姐张丽', 'zh-CN', '张丽'],
    ['给我的妈妈王秀英转500', 'zh-CN', '王秀英'],
    ['给老婆张丽转2000', 'zh-CN', '张丽'],
    ['向我哥王强转账2000', 'zh-CN', '王强'],
    ['send 500 to my mom Jane Smith', 'en', 'Jane Smith'],
    ['transfer 300 to my brother Tom', 'en', 'Tom'],
    ['pay my landlord John Lee 2000', 'en', 'John Lee'],
    ['send 500 to my mom jane smith', 'en', 'jane smith'],
  ] as const)('%s (%s) → %s', (text, locale, name) => {
    expect(payeeOf(text, locale)).toEqual([name]);
  });

  // No name after the relationship: the relationship is the payee (the transfer asks for the name).
  it.each([
    ['转给我妈500', 'zh-CN', ['我妈']],
    ['给我老婆转1000', 'zh-CN', ['我老婆']],
    ['转给我妈一千', 'zh-CN', ['我妈']],
    ['给我妈现在转500', 'zh-CN', ['我妈']],
    ['send 500 to my mom', 'en', []],
    ['send 500 to my mom asap', 'en', []],
    ['send 500 to my mom tomorrow', 'en', []],
  ] as const)('%s (%s): no name after the relationship', (text, locale, payees) => {
    expect(payeeOf(text, locale)).toEqual(payees);
  });
});

const S = {
  'zh-CN': {
    phone: '13800000001',
    pin: '135790',
    request: '转给我妈王秀英500',
    name: '王秀英',
    newPayee: /不在您的常用收款人中/,
    payee: '收款人',
  },
  en: {
    phone: '13800000004',
    pin: '864200',
    request: 'send 500 to my mom Jane Smith',
    name: 'Jane Smith',
    newPayee: /not in your saved payees/,
    payee: 'Payee',
  },
} as const;

describe('a transfer to a relative named by relationship and name', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: the name is the payee, asked for no more than the account',
    async (locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.request);
      const asked = await chat.verify(s.phone, s.pin);
      expect(asked.text).toMatch(s.newPayee);
      let readBack: Reply = await chat.say('6222020000000099887');
      // Which account to pay from, when the customer has several.
      if (readBack.card?.type !== 'confirm') readBack = await chat.say(readBack.quickReplies[0]!.text);
      expect(readBack.card?.type, readBack.text).toBe('confirm');
      expect(field(readBack, s.payee)).toMatch(new RegExp(`^${s.name} \\*{4} 9887$`));
      chat.close();
    },
  );
});
