/**
 * "2pm" / "10am" typed without a space when a booking asks "Morning or afternoon?": no word boundary lies
 * between the hour and "pm", so no half-day was heard; in English the customer got the appointments article
 * and the question again, in Chinese "2pm" started a transfer ("转账前需要先验证您的身份"). Now the hour's
 * half-day is taken and the booking is read back. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };

const S = {
  'zh-CN': {
    start: '预约下周一',
    branch: '中关村',
    askHalfDay: /上午还是下午/,
    afternoon: /请核对预约信息：.*下午/,
    morning: /请核对预约信息：.*上午/,
  },
  en: {
    start: 'book an appointment for next monday',
    branch: 'Zhongguancun',
    askHalfDay: /Morning or afternoon/,
    afternoon: /Please check this appointment: .*afternoon/,
    morning: /Please check this appointment: .*morning/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('an hour typed with am / pm when a booking asks for the half-day', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  for (const locale of LOCALES) {
    for (const [hour, half] of [
      ['2pm', 'afternoon'],
      ['10am', 'morning'],
    ] as const) {
      it(`${locale}: "${hour}" books the ${half}`, async () => {
        const s = S[locale];
        const chat = await Chat.open(kit(), 'app', locale);
        await chat.say(s.start);
        await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
        const asked = await chat.say(s.branch);
        expect(asked.text).toMatch(s.askHalfDay);
        const reply = await chat.say(hour);
        expect(reply.intent).toBe('book_appointment');
        expect(reply.text).toMatch(s[half]);
        chat.close();
      });
    }
  }
});
