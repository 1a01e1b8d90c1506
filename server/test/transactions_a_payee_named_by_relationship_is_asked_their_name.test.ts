/**
 * "转给我妈500" / "send 500 to my mom": the payee is named by who they are to the customer, not by name. "我妈"
 * went on as a new payee called "我妈" (only the account number was asked) and "my mom" was not heard as a payee
 * at all, so the account holder's name was never asked. Now the transfer asks for their name, then the account
 * number, and reads back the name given; when exactly one saved payee goes by that relationship (a name or alias
 * such as "妈妈" / "Mom"), that payee is taken; when several do, they are offered. Through the real server
 * (trained models, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRelationship, relationshipNamed, withoutRelationshipLead } from '../flows/relative_payee.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    customer: 'c1001',
    phone: '13800000001',
    pin: '135790',
    asks: [
      ['转给我妈500', /请问您母亲的姓名是/],
      ['给我老婆转1000', /请问您妻子的姓名是/],
      ['帮我转500给我的妈妈', /请问您母亲的姓名是/],
    ],
    name: '王秀英',
    account: '6222020000000099887',
    newPayee: /不在您的常用收款人中/,
    saved: { name: '王秀英', aliases: ['妈妈'], accountNumber: '6222020000000099887' },
    other: { name: '刘桂兰', aliases: ['老妈'], accountNumber: '6222020000000077665' },
  },
  en: {
    customer: 'c1004',
    phone: '13800000004',
    pin: '864200',
    asks: [
      ['send 500 to my mom', /What is your mom's full name/],
      ['transfer 300 to my brother', /What is your brother's full name/],
      ['I want to pay my landlord 2000', /What is your landlord's full name/],
    ],
    name: 'Mary Smith',
    account: '6222020000000099887',
    newPayee: /not in your saved payees/,
    saved: { name: 'Mary Smith', aliases: ['Mom'], accountNumber: '6222020000000099887' },
    other: { name: 'Jane Doe', aliases: ['mum'], accountNumber: '6222020000000077665' },
  },
} as const;

describe('a relationship is no payee name', () => {
  it.each(['我妈', '妈妈', '我老婆', '我的儿子', 'my mom', 'Mom', "my son's account", 'landlord'])(
    '"%s" is a relationship',
    (name) => expect(isRelationship(name)).toBe(true),
  );
  it.each(['张三', '王先生', 'John Smith', 'Alice', 'Mary'])('"%s" is a name', (name) =>
    expect(isRelationship(name)).toBe(false),
  );
  it('the relationship a message names its payee by, when the extractor heard no name', () => {
    expect(relationshipNamed('send 500 to my mom')).toBe('my mom');
    expect(relationshipNamed('帮我转500给我的妈妈')).toBe('我的妈妈');
    expect(relationshipNamed('transfer 500 to my savings')).toBeNull();
  });
  it('an answer to "what is their name?" is the name without its lead-in', () => {
    expect(withoutRelationshipLead("my mom's name is Mary Smith")).toBe('Mary Smith');
    expect(withoutRelationshipLead('我妈叫王秀英')).toBe('王秀英');
    expect(withoutRelationshipLead('我妈妈的名字是王秀英')).toBe('王秀英');
    expect(withoutRelationshipLead('王秀英')).toBe('王秀英');
  });
});

describe.skipIf(!available)('a transfer to a payee named by relationship', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  // No saved payee goes by the relationship yet (the sandbox's payees are saved under names only).
  it.each(['zh-CN', 'en'] as const)(
    '%s, no saved payee goes by it: their name is asked, then the account, and the name is read back',
    async (locale: Locale) => {
      const s = S[locale];
      for (const [message, askName] of s.asks) {
        const chat = await Chat.open(kit, 'app', locale);
        await chat.say(message);
        const asked = await chat.verify(s.phone, s.pin);
        expect(asked.text, message).toMatch(askName);
        expect(asked.text).not.toMatch(s.newPayee);
        expect((await chat.say(s.name)).text, message).toMatch(s.newPayee);
        const readBack = await chat.say(s.account);
        if (readBack.card?.type !== 'confirm') {
          // Which account to pay from, when the customer has several.
          expect(readBack.quickReplies.length, readBack.text).toBeGreaterThan(0);
          const confirm = await chat.say(readBack.quickReplies[0]!.text);
          expect(confirm.card?.type, confirm.text).toBe('confirm');
          expect(confirm.text).toContain(s.name);
        } else expect(readBack.text).toContain(s.name);
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, one saved payee goes by it: that payee, no name asked; two: they are offered',
    async (locale: Locale) => {
      const s = S[locale];
      const bank = locale === 'zh-CN' ? '沙盒银行' : 'Sandbox Bank';
      await kit.feature.core.addPayee(s.customer, {
        ...s.saved,
        aliases: [...s.saved.aliases],
        bank: { 'zh-CN': bank, en: bank },
      });
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.asks[0][0]);
      let reply = await chat.verify(s.phone, s.pin);
      if (reply.card?.type !== 'confirm') reply = await chat.say(reply.quickReplies[0]!.text);
      expect(reply.card?.type, reply.text).toBe('confirm');
      expect(reply.text).toContain(s.saved.name);
      expect(reply.text).not.toMatch(s.newPayee);
      chat.close();

      await kit.feature.core.addPayee(s.customer, {
        ...s.other,
        aliases: [...s.other.aliases],
        bank: { 'zh-CN': bank, en: bank },
      });
      const again = await Chat.open(kit, 'app', locale);
      await again.say(s.asks[0][0]);
      const which = await again.verify(s.phone, s.pin);
      expect(which.quickReplies.map((q) => q.text).sort()).toEqual([s.saved.name, s.other.name].sort());
      again.close();
    },
  );
});
