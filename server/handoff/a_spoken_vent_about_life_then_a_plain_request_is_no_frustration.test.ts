/**
 * Spoken to the lobby screen without punctuation, a vent about the rain or a job interview, then a plain request
 * ("ugh it's bucketing down outside and my umbrella just snapped um i just need to pay in these cheques", "今天面试被
 * 面试官怼了一顿 心态崩了 帮我查下余额"), is no frustration with the bank: a filler ("um") ends a spoken clause as a
 * comma would, and the vent's anger weighs as off topic. The same vent with anger at the bank still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a spoken vent about life, then a plain request', () => {
  it.each([
    "ugh it's bucketing down outside and my umbrella just snapped um i just need to pay in these cheques",
    "i just had the worst job interview of my life the guy was so rude like he didn't even look at my cv um anyway i'd like to open a savings account",
    '今天面试被面试官怼了一顿 心态崩了 帮我查下余额',
    '唉 刚面试完 那个面试官太没礼貌了 气死我了 我想开个储蓄账户',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    "ugh it's pouring outside um and your branch was closed when i got here useless",
    'i had a job interview and missed it um because your app froze and wouldnt let me pay the bus fare useless bank',
    '今天面试迟到了 你们app又登不上 什么破银行',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
