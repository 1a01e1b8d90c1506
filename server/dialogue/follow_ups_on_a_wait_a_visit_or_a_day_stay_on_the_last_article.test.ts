/**
 * Short follow-ups that lost the topic: "要多久能开好" / "how long till it's open?" after the corporate-account
 * article got the personal account-opening article or branch hours; "需要去网点吗" / "do I need to go to a
 * branch?" after the password reset got the list of branches; "周末呢" / "what about weekends?" after the
 * transfer limits got the appointment article or branch hours. Now a wait until it is done ("开好", "till it's
 * open") is a time asked of the last subject, a visit in person is an attribute of its own ('visit'), and a day
 * (weekends, holidays, nights) is a variant that the last article answers: its lines on it, or an honest "that
 * answer does not say". The readings on their own, and through the real server in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { askedAttributes, leaningWords } from './follow_up_question.ts';
import { findSlots, readFragment } from './follow_up_slots.ts';

describe('what the follow-up asks', () => {
  it.each([
    ['要多久能开好', 'time'],
    ['多久能开通', 'time'],
    ["how long till it's open?", 'time'],
    ['需要去网点吗', 'visit'],
    ['要本人去吗', 'visit'],
    ['do I need to go to a branch?', 'visit'],
    ['can I do it without going to the branch?', 'visit'],
  ])('"%s" asks the %s of the last subject', (text, attribute) => {
    expect(askedAttributes(text)).toEqual([attribute]);
  });

  it.each(['网点几点开门', '附近有网点吗', 'when do you open?', '多久能开通手机银行'])(
    '"%s" asks no attribute of the last subject',
    (text) => expect(askedAttributes(text)).toBeNull(),
  );

  it.each(['周末', '节假日', 'weekends', 'public holidays', '晚上'])('"%s" is a day: a variant', (text) => {
    const reading = readFragment(text);
    expect(reading.type).toBe('variant');
    expect(reading.type === 'variant' && reading.slot?.kind).toBe('day');
  });

  it('a day in a short question is no subject of its own', () => {
    expect(findSlots('周末能转吗')[0]?.kind).toBe('day');
    expect(leaningWords('周末能转吗')).not.toBeNull();
  });
});

/** [locale, question, its article, follow-up, what the reply must say, what it must not] */
const ASKED: Array<[Locale, string, string, string, RegExp, RegExp]> = [
  ['zh-CN', '怎么开对公账户', 'corporate_account_opening', '要多久能开好', /3个工作日/, /营业执照正本/],
  ['zh-CN', '密码忘了怎么重置', 'password_reset_procedure', '需要去网点吗', /网点/, /安全中心/],
  [
    'en',
    'how do I open a corporate account',
    'corporate_account_opening',
    "how long till it's open?",
    /3 working days/,
    /business licence/,
  ],
  [
    'en',
    'how do I reset my password',
    'password_reset_procedure',
    'do I need to go to a branch?',
    /branch/,
    /Security Center/,
  ],
];

/** [locale, question, its article, follow-up, the honest reply] */
const NOT_SAID: Array<[Locale, string, string, string, RegExp]> = [
  ['zh-CN', '每天转账限额是多少', 'transfer_limits', '周末呢', /“转账限额”的说明里没有讲到“周末”/],
  [
    'en',
    'what is the daily transfer limit',
    'transfer_limits',
    'what about weekends?',
    /“Transfer limits” says nothing about “weekends”/,
  ],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(ASKED)(
    '%s "%s" (%s), then "%s": only the last article\'s lines that answer it',
    async (locale, question, article, followUp, says, leftOut) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(question);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(says);
      expect(reply.text).not.toMatch(leftOut);
    },
  );

  it.each(NOT_SAID)(
    '%s "%s" (%s), then "%s": told that answer does not say, no other article',
    async (locale, question, article, followUp, honest) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(question);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id ?? null, reply.text).toBeNull();
      expect(reply.text).toMatch(honest);
    },
  );

  it.each([
    ['zh-CN', '你们几点开门', 'branch_hours', '周末呢', /周六|周日/],
    ['en', 'what are your opening hours', 'branch_hours', 'what about weekends?', /Saturdays?/],
  ] as const)(
    '%s "%s" (%s), then "%s": the lines on weekends',
    async (locale, question, article, followUp, line) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(question);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(line);
      expect(reply.text.length).toBeLessThan(first.text.length);
    },
  );
});
