/**
 * Details of a branch appointment said while the assistant still needs the phone number ("开户" for what the
 * visit is for, "上午十点" after the morning was heard) are noted and the phone asked again with why it comes
 * first. They used to be looked up as questions: both got the appointment-booking article, twice. A question
 * that names a detail already given ("陆家嘴支行几点开门") is still answered. Through the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';

const START: Record<Locale, string> = {
  'zh-CN': '我想预约明天上午去中关村支行办业务',
  en: 'book an appointment at Zhongguancun tomorrow morning',
};
const CASES: Record<Locale, { purpose: string; again: string; noted: string; phone: RegExp }> = {
  'zh-CN': { purpose: '开户', again: '上午十点', noted: '好的，记下了', phone: /手机号码/ },
  en: { purpose: 'to open an account', again: 'in the morning', noted: 'Got it', phone: /mobile number/ },
};

describe('appointment details said before verification', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each<Locale>(['zh-CN', 'en'])(
    '%s: the purpose and a detail said again are noted, not looked up',
    async (locale) => {
      const { purpose, again, noted, phone } = CASES[locale];
      const chat = await Chat.open(kit, 'app', locale);
      expect((await chat.say(START[locale])).text).toMatch(phone);
      for (const text of [purpose, again]) {
        const reply = await chat.say(text);
        expect(reply.kind).toBe('flow');
        expect(reply.source).toBeNull();
        expect(reply.text.startsWith(noted)).toBe(true);
        expect(reply.text).toMatch(phone);
      }
      chat.close();
    },
  );

  it('a question naming a detail already given is still answered', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(START['zh-CN']);
    const reply = await chat.say('中关村支行几点开门');
    expect(reply.text).not.toMatch(/^好的，记下了/);
    expect(reply.text).toMatch(/手机号码/);
    chat.close();
  });
});
