/**
 * Casual cancels at a flow's prompt ("nah forget it im done" while the phone number for a bill payment is
 * asked) got "Sorry, I didn't catch that" and the prompt again. They now cancel calmly, in both locales. "I'm
 * done" alone at a transfer's read-back may mean "that's all": it neither cancels nor sends; the read-back is
 * asked again, and "confirm" still sends; with nothing running it is a goodbye (it was handed to a person as
 * frustration).
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CANCELLED: Record<Locale, RegExp> = { 'zh-CN': /已为您取消/, en: /^Okay, I have cancelled that/ };
const START: Record<Locale, string> = { 'zh-CN': '我要挂失', en: 'pay my electricity bill' };

const CANCELS: [Locale, string][] = [
  ['en', 'nah forget it im done'],
  ['en', "I'm done"],
  ['en', 'no need anymore'],
  ['en', 'never mind im good'],
  ['zh-CN', '算了 不挂了'],
  ['zh-CN', '先不挂了吧'],
];

describe('casual cancels at a flow prompt', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(CANCELS)('%s: "%s" cancels the flow calmly', async (locale, cancel) => {
    const chat = await Chat.open(kit(), 'app', locale);
    expect((await chat.say(START[locale])).kind).toBe('flow');
    const reply = await chat.say(cancel);
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).toMatch(CANCELLED[locale]);
    chat.close();
  });

  it('en: "I\'m done" at a transfer read-back sends nothing and asks again', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    await chat.say('transfer 100 to Zhang Wei');
    const readBack = await chat.verify('13800000004', '864200');
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    const again = await chat.say("I'm done");
    expect(again.card?.type, again.text).toBe('confirm');
    expect(again.text).not.toMatch(/cancelled|Done! I sent/);
    expect((await chat.say('confirm')).text).toMatch(/Done! I sent/);
    chat.close();
  });

  it('en: "I\'m done" with nothing running is a goodbye, not a hand-over', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    const reply = await chat.say("I'm done");
    expect(reply.kind).not.toBe('handoff');
    expect(reply.intent).toBe('goodbye');
    chat.close();
  });
});
