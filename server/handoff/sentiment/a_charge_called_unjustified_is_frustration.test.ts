/**
 * A charge called unjustified in colloquial Mandarin ("企业网银一年服务费500 啥服务没有 凭啥收") is frustration: 凭啥收 /
 * 凭啥扣 and 啥服务没有 are anger words (lexicon_zh.ts), as "what am I even paying for" is in English; 凭啥 as "with
 * what" (凭啥证件能取现金) is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a charge called unjustified', () => {
  it.each([
    '企业网银一年服务费500 啥服务没有 凭啥收',
    '收款码一个月扣我30服务费 啥服务没有 凭啥扣',
    '£25 monthly fee on the business account and no service at all',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each(['凭啥证件能取现金', 'What does the monthly fee on the business account cover?'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );
});
