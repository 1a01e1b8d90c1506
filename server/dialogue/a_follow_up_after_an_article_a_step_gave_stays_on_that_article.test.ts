/**
 * "我卡被ATM吞了" / "my card got stuck in the atm" is answered by the retained-card article, which a step gives
 * instead of the unfreeze or loss-report flow the words resemble. That answer left no topic, so the follow-ups
 * were read alone: "what do i do now" got the SMS-code article, "how long does it take to get it back" transfer
 * arrival times, "那我现在怎么办" / "多久能拿回来" the out-of-scope fallback. Now an article a step gives is a topic
 * like any other, and "now" / "现在" / "拿回来" name no subject of their own: the follow-ups stay on the
 * retained-card article (the 2 working days and where to collect it, for the wait). So does "那怎么办" after the
 * article on a card frozen by the bank, which a step also gives.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { askedAttributes, leaningWords } from './follow_up_question.ts';

describe('what the follow-up asks', () => {
  it.each(['what do i do now', '那我现在怎么办', '接下来怎么办'])(
    '"%s" names no subject of its own',
    (text) => {
      expect(leaningWords(text)).toEqual({ adds: [], refersBack: false });
    },
  );

  it.each(['how long does it take to get it back', '多久能拿回来', '要多久才能取回'])(
    '"%s" asks the time of the last subject',
    (text) => expect(askedAttributes(text)).toEqual(['time']),
  );
});

const KEPT = 'atm_card_retained';

/** [locale, the card kept, "what now", "how long", the wait as the article says it] */
const CASES: Array<[Locale, string, string, string, RegExp]> = [
  [
    'en',
    'my card got stuck in the atm at the mall',
    'what do i do now',
    'how long does it take to get it back',
    /2 working days/,
  ],
  ['zh-CN', '卡被ATM吞了', '那我现在怎么办', '多久能拿回来', /2个工作日/],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)(
    '%s "%s", then "%s" and "%s": the retained-card article, its lines on the wait',
    async (locale, kept, whatNow, howLong, wait) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(kept);
      const steps = await chat.say(whatNow);
      const time = await chat.say(howLong);
      chat.close();
      expect(first.source?.id).toBe(KEPT);
      expect(steps.source?.id, steps.text).toBe(KEPT);
      expect(time.source?.id, time.text).toBe(KEPT);
      expect(time.text).toMatch(wait);
      expect(time.text.length).toBeLessThan(first.text.length);
    },
  );

  it('zh-CN "我的卡被冻结了", then "那怎么办": the article on a freeze by the bank again', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const first = await chat.say('我的卡被冻结了');
    const reply = await chat.say('那怎么办');
    chat.close();
    expect(first.source?.id).toBe('account_restricted_by_bank');
    expect(reply.source?.id, reply.text).toBe('account_restricted_by_bank');
  });
});
