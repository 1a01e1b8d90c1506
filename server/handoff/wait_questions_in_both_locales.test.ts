/**
 * A question about the wait for a person ("要等多久", "how long is the wait"), in the words customers use, is
 * recognised; a question about how long something else takes ("转账要等多久到账", "how long does a transfer
 * take"), a request for a ticket or a person, and a wait in a sentence about something else are not.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutTheWait } from './wait_question.ts';

describe('wait questions', () => {
  it.each([
    '要等多久',
    '要等多久？',
    '还要等多久啊',
    '那大概要等多长时间',
    '还要多久',
    '多久才能轮到我',
    '什么时候轮到我',
    '啥时候有人理我',
    '前面还有几个人',
    '我前面还有多少人',
    '我排第几',
    '现在排到第几了',
    '怎么还没轮到我',
    '轮到我了吗',
    '排队要多久',
    'how long is the wait',
    'How long is the wait?',
    "what's the wait time",
    'how long do I have to wait',
    'how long will it take',
    'how much longer',
    'how many people are ahead of me',
    'where am I in the queue',
    "what's my position in the line",
    'is it my turn yet',
    'am I next',
    'when will an agent pick up',
    'so how long will I be waiting',
  ])('"%s" asks about the wait', (text) => {
    expect(asksAboutTheWait(text)).toBe(true);
  });

  it.each([
    '转账要等多久到账',
    '跨行转账多久到账',
    '我要取号',
    '转人工',
    '信用卡要等多久才能寄到',
    'how long does a transfer take',
    'how long is the card delivery',
    'I want to talk to a person',
    'I waited two hours at your branch',
    'get me a queue ticket',
  ])('"%s" does not', (text) => {
    expect(asksAboutTheWait(text)).toBe(false);
  });
});
