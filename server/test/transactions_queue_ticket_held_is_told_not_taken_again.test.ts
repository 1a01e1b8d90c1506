/**
 * A customer who took a queue ticket and then asks about the queue ("前面还有几个人", "我的号到了吗", "how long
 * is the wait", "is it my turn yet") or says "我要取号" again is told that ticket's number, the people ahead
 * now and the estimated wait. It used to issue a second ticket (A003 after A002) or ask which service again.
 * A second ticket is issued when clearly asked for ("再取一个号", "take another ticket") or for another
 * service. When the branch calls numbers, the people ahead go down and a called ticket is said so. Through
 * the real server (trained intent model, real sockets and Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

interface Script {
  take: string;
  service: string;
  asks: string[];
  again: string;
  another: string;
  otherService: string;
  numberLabel: string;
  aheadLabel: string;
  /** The status reply for a ticket with `ahead` people before it. */
  status: (n: string, ahead: number) => string;
  called: (n: string) => string;
}

const SCRIPTS: Record<Locale, Script> = {
  'zh-CN': {
    take: '我要取号',
    service: '个人业务',
    asks: ['前面还有几个人', '我的号到了吗', '要等多久'],
    again: '我要取号',
    another: '再取一个号',
    otherService: '取个对公业务的号',
    numberLabel: '号码',
    aheadLabel: '前面等候',
    status: (n, ahead) =>
      ahead === 0
        ? `您已取号${n}（个人业务，北京中关村支行），前面已经没有人了`
        : `您已取号${n}（个人业务，北京中关村支行），前面还有${ahead}人，预计等候约${ahead * 5}分钟。`,
    called: (n) => `您的号码${n}（个人业务，北京中关村支行）已经叫到了`,
  },
  en: {
    take: 'I want a queue ticket',
    service: 'personal banking',
    asks: ['how long is the wait', 'is it my turn yet', 'how many people are ahead of me'],
    again: 'get a queue ticket',
    another: 'take another ticket',
    otherService: 'queue for business banking',
    numberLabel: 'Number',
    aheadLabel: 'Ahead of you',
    status: (n, ahead) =>
      ahead === 0
        ? `You have number ${n} (Personal banking, Zhongguancun Sub-branch, Beijing). Nobody is ahead of you now`
        : `You have number ${n} (Personal banking, Zhongguancun Sub-branch, Beijing): ${ahead === 1 ? '1 person is' : `${ahead} people are`} ahead of you, about ${ahead * 5} minutes' wait.`,
    called: (n) => `Your number ${n} (Personal banking, Zhongguancun Sub-branch, Beijing) has been called`,
  },
};

describe.skipIf(!available)('a queue ticket already held', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ redis: true });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)('%s at the kiosk: asked about, not issued again', async (locale) => {
    const s = SCRIPTS[locale];
    const branches = kit.feature.branches;
    // Someone else is in the personal queue first.
    await branches.takeTicket('b1', 'personal');
    const chat = await Chat.open(kit, 'kiosk', locale);
    await chat.say(s.take);
    const ticket = await chat.say(s.service);
    expect(ticket.card?.type).toBe('ticket');
    const number = field(ticket, s.numberLabel)!;
    expect(number).toMatch(/^A\d{3}$/);
    const before = Number(field(ticket, s.aheadLabel));
    expect(before).toBeGreaterThan(0);

    for (const ask of [...s.asks, s.again]) {
      const reply = await chat.say(ask);
      expect(reply.text, ask).toContain(s.status(number, before));
      expect(field(reply, s.numberLabel), ask).toBe(number);
      expect(reply.quickReplies.map((q) => q.text)).toEqual([s.another]);
    }

    // The branch calls numbers: the people ahead go down, then it is this one's turn.
    for (let i = 0; i < before; i++) await branches.callNext('b1', 'personal');
    expect((await chat.say(s.asks[0]!)).text).toContain(s.status(number, 0));
    await branches.callNext('b1', 'personal');
    expect((await chat.say(s.asks[1]!)).text).toContain(s.called(number));
    chat.close();
  });

  it.each(['zh-CN', 'en'] as const)('%s: another ticket only when clearly asked for', async (locale) => {
    const s = SCRIPTS[locale];
    const chat = await Chat.open(kit, 'kiosk', locale);
    await chat.say(s.take);
    const first = field(await chat.say(s.service), s.numberLabel)!;
    // The button on the status reply asks for another: the service is asked, and a new number issued.
    await chat.say(s.asks[0]!);
    const which = await chat.say(s.another);
    expect(which.card).toBeUndefined();
    const second = field(await chat.say(s.service), s.numberLabel)!;
    expect(Number(second.slice(1))).toBeGreaterThan(Number(first.slice(1)));
    // Both are told of now, newest first.
    const both = await chat.say(s.asks[2]!);
    expect(both.text.indexOf(second)).toBeGreaterThanOrEqual(0);
    expect(both.text.indexOf(second)).toBeLessThan(both.text.indexOf(first));
    // Another service is another queue: a ticket for it is issued at once.
    const business = await chat.say(s.otherService);
    expect(field(business, s.numberLabel)).toMatch(/^B\d{3}$/);
    chat.close();
  });

  it('in the app, a ticket at one branch says nothing of the other branch: there, one is issued', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('我要取号');
    await chat.say('中关村');
    const mine = field(await chat.say('个人业务'), '号码')!;
    const told = await chat.say('前面还有几个人');
    expect(told.text).toContain(`您已取号${mine}`);
    const there = await chat.say('帮我在陆家嘴网点取个号');
    expect(there.text).not.toContain(mine);
    expect(there.text).toContain('请问办理哪类业务');
    chat.close();
  });
});
