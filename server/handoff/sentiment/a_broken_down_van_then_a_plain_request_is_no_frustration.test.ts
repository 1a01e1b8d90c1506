/**
 * A gig worker's or a tradesman's bad day with their own vehicle ("真倒霉 面包车半路抛锚了 两单都没送成。信用卡额度多少",
 * "Bloody awful day, van broke down on the A1 and I missed two jobs. Anyway, what's my overdraft limit?") is off
 * topic (sentiment/off_topic_clause.ts): the request after it is plain. The bank's own failure beside it still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a broken-down van, then a plain request', () => {
  it.each([
    '真倒霉 面包车半路抛锚了 两单都没送成。信用卡额度多少',
    'Bloody awful day, van broke down on the A1 and I missed two jobs. Anyway, what’s my overdraft limit?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '货车抛锚了 你们app又登不上 什么破银行',
    'van broke down and your app won’t let me log in, useless',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
