/**
 * "能不能周六去" right after the account-opening documents was heard as a booking: the flow started and asked for
 * a phone number, when the customer only asked whether a branch opens on Saturdays. A question whether one can
 * go on a day ("能不能周六去", "周末可以过去吗", "can I go on a saturday") asks for information: the opening-hours
 * article answers it (some branches open 9:00-16:00 at weekends), with the booking offered as a quick reply that
 * starts it. A request to book ("帮我约周六去网点") still starts the flow.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { asksToVisitOnADay } from './information_question.ts';

describe('what asks whether a visit on a day is possible', () => {
  it.each([
    '能不能周六去',
    '可不可以周末过去',
    '周日能去吗',
    'can I go on a saturday',
    'could we come in at the weekend?',
  ])('"%s" asks it', (text) => expect(asksToVisitOnADay(text)).toBe(true));

  it.each(['帮我约周六去网点', '周六上午预约开户', 'book me in for saturday', 'I want to go to the branch'])(
    '"%s" does not',
    (text) => expect(asksToVisitOnADay(text)).toBe(false),
  );
});

/** [locale, opening, documents, the day asked, the weekend line] */
const CASES: Array<[Locale, string, string, string, RegExp]> = [
  ['zh-CN', '我要办一张借记卡', '需要带啥', '能不能周六去', /周六、周日9:00至16:00/],
  [
    'en',
    'I want to open a debit card',
    'what do I need to bring',
    'can I go on a saturday',
    /Saturdays and Sundays/,
  ],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)(
    '%s "%s", "%s", then "%s": the weekend hours, a booking offered and not started',
    async (locale, opening, documents, day, weekend) => {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(opening);
      const docs = await chat.say(documents);
      const reply = await chat.say(day);
      expect(docs.source?.id).toBe('account_opening_documents');
      expect(reply.source?.id, reply.text).toBe('branch_hours');
      expect(reply.text).toMatch(weekend);
      expect(reply.card).toBeUndefined();
      const offer = reply.quickReplies[0];
      expect(offer).toBeDefined();
      const booking = await chat.say(offer!.text);
      chat.close();
      expect(booking.intent).toBe('book_appointment');
      expect(booking.card?.type).toBe('verify');
    },
  );
});
