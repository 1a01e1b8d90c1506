/**
 * A side question while a loss report asks for the phone number: "顺便问下补卡多少钱" / "by the way, how much
 * is a replacement card?" got "抱歉，我没有听明白" (the question alone was answered); the lead-in kept the
 * look-up from finding the article. And "how do i get new ones" / "新卡怎么办" in the loss report is the
 * replacement card. Now each gets the card-replacement article, and the phone number is asked again.
 * Through the real server (trained intent model, shipped knowledge base), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    lost: '我的卡丢了',
    asked: ['顺便问下补卡多少钱', '顺便问一下补卡多少钱', '对了，补卡多少钱', '新卡怎么办'],
    notCaught: /没有听明白/,
    phone: /手机号码/,
  },
  en: {
    lost: 'I lost my card',
    asked: [
      'by the way, how much is a replacement card?',
      'btw how much is a replacement card',
      'how do i get new ones',
    ],
    notCaught: /didn't catch that/,
    phone: /mobile number/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a side question during a loss report', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: gets the card-replacement article, then the phone is asked again', async (locale) => {
    const s = S[locale];
    for (const question of s.asked) {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.lost);
      const reply = await chat.say(question);
      expect(reply.source?.id, `${question}: ${reply.text}`).toBe('card_replacement_fee');
      expect(reply.text).not.toMatch(s.notCaught);
      expect(reply.intent).toBe('report_lost_card');
      expect(reply.text).toMatch(s.phone);
      chat.close();
    }
  });
});
