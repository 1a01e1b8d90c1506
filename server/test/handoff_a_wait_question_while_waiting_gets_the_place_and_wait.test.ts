/**
 * In the app, a customer who asked for a person and then asked "要等多久" / "how long is the wait" got the branch
 * queue-ticket flow ("请问在哪个网点取号？"), or, queued with an agent online, "passed your message on" with no
 * wait. Now, queued with someone online, the wait question gets the place and the estimated wait; queued while
 * nobody can take it (a scam case), that no wait can be estimated yet and where the case stands; told nobody is
 * online (so not queued), that there is no queue to wait in and a callback offered. Never a queue ticket.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests, readyAgent } from '../handoff/testing/agent_client.ts';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    human: '转人工',
    waits: ['要等多久', '前面还有几个人'],
    placeAndWait: /(您是下一位|您前面还有 \d+ 位)，预计等待约 \d+ 分钟/,
    notQueued: /没有为您排队/,
    scam: '刚才有个自称公安局的人打电话，说我涉嫌洗钱，让我把存款转到安全账户配合调查',
    unknown: /暂时无法估计等待时间/,
    flagged: /优先登记/,
  },
  en: {
    human: 'I want to talk to a person',
    waits: ['how long is the wait', 'how many people are ahead of me'],
    placeAndWait: /(You're next in line|There (is|are) \d+ (person|people) ahead of you) \(about \d+ min\)/,
    notQueued: /you are not in a queue/,
    scam: 'A man from the police called, said my account is linked to money laundering and I must move my savings to a safe account today',
    unknown: /can't estimate the wait/,
    flagged: /flagged first/,
  },
} as const;

/** Never the branch queue-ticket flow. */
function noTicket(reply: Reply): void {
  expect(reply.kind, reply.text).toBe('handoff');
  expect(reply.intent).not.toBe('queue_ticket');
}

describe.skipIf(!available)('a question about the wait for a person', () => {
  const kit = useTransactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });

  // Nobody online first: the agent signs in for the last test.
  it.each(['zh-CN', 'en'] as const)(
    '%s, nobody online so not queued: no queue to wait in, a callback offered',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      expect((await chat.say(s.human)).kind).toBe('handoff');
      const reply = await chat.say(s.waits[0]);
      noTicket(reply);
      expect(reply.text).toMatch(s.notQueued);
      expect(reply.quickReplies.length).toBeGreaterThan(0);
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, a scam case queued with nobody online: no estimate yet, the case flagged',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      expect((await chat.say(s.scam)).card?.type).toBe('warning');
      const reply = await chat.say(s.waits[0]);
      noTicket(reply);
      expect(reply.text).toMatch(s.unknown);
      expect(reply.text).toMatch(s.flagged);
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, queued with an agent online: the place and the estimated wait',
    async (locale: Locale) => {
      const s = S[locale];
      const agent = await readyAgent(kit().server.url);
      const chat = await Chat.open(kit(), 'app', locale);
      expect((await chat.say(s.human)).kind).toBe('handoff');
      for (const wait of s.waits) {
        const reply = await chat.say(wait);
        noTicket(reply);
        expect(reply.text, wait).toMatch(s.placeAndWait);
      }
      chat.close();
      agent.close();
    },
  );
});
