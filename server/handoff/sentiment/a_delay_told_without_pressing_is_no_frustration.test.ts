/**
 * A delay told with a word that the customer is not pressing ("跨行转账两小时了还没到…不是催你们哈", "still hasn't
 * arrived after 2 hours… no stress though") is as calm as a question whether the wait is normal: it stays with the
 * assistant (delay_question.ts). A long wait or a word of exasperation beside it is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a delay told without pressing', () => {
  it.each([
    '给室友转的房租三个小时了还没到账，不是催你们哈，就跟他说好了今天给',
    '工资转到微信的钱两个小时了还没到，有点急用（不是催你们哈）',
    "Sent my flatmate's share of the rent 3 hours ago and it still hasn't arrived, kinda need it tonight, no rush though",
    "Transfer to my son still hasn't come through after an hour, not chasing you, just need it for his rent",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '不是催你们，但转账三个星期了还没到账，你们到底在干什么',
    "No rush they said, but my transfer still hasn't arrived after three weeks. Seriously?",
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
