/**
 * "我要挂失" then "算了 不挂了 找到了" got "挂失没有办理。抱歉，这个问题超出了我能帮您办理的银行业务范围…": the cancel
 * in front was heard, the find behind it went to the fallback. A find said after a cancel now ends the loss
 * report with the word on the found card (card_found.ts), in both locales, and nothing out of scope.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    start: '我要挂失',
    found: /^挂失没有办理。找到了就好，卡可以照常使用/,
    outOfScope: /超出/,
    said: ['算了 不挂了 找到了', '不用了，不挂了，找到了'],
  },
  en: {
    start: 'report my card lost',
    found: /Glad it turned up; the card works as before/,
    outOfScope: /outside|can't help|cannot help/i,
    said: ['never mind, found it', 'nah forget it, found it'],
  },
} as const;

const CASES: [Locale, string][] = (['zh-CN', 'en'] as const).flatMap((locale) =>
  S[locale].said.map((said): [Locale, string] => [locale, said]),
);

describe('a cancel with the card found during its loss report', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(CASES)('%s: "%s" ends the report and acknowledges the card', async (locale, said) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    expect((await chat.say(s.start)).intent).toBe('report_lost_card');
    const reply = await chat.say(said);
    expect(reply.text).toMatch(s.found);
    expect(reply.text).not.toMatch(s.outOfScope);
    expect(reply.kind).not.toBe('fallback');
    chat.close();
  });
});
