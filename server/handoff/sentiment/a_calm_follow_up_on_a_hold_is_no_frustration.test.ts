/**
 * A calm follow-up on a hold: the bank held an incoming payment and asked for papers, which the customer sent
 * ("上个月你们把我一笔外汇挂起了让补材料 发票合同都交了 现在进度咋样了", "Your compliance team put my incoming payment on
 * hold and asked for the contract. Sent it yesterday. Any update?"), or a platform held the customer's payouts for
 * its routine review and they ask what to do on the bank's side ("Glovo has my earnings on hold… Anything I need to
 * do on your side?"). Both ask where things stand (sentiment/calm_check_question.ts). Exasperation beside the hold
 * is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a calm follow-up on a hold', () => {
  it.each([
    '上个月你们把我一笔外汇挂起了让补材料 发票合同都交了 现在进度咋样了',
    '上个月你们把一笔境外来款挂起了 让补合同 我已经交了 现在进度怎么样了',
    'Your compliance team put my incoming payment on hold and asked for the contract. Sent it yesterday. Any update?',
    'Glovo has my earnings on hold while they do a routine account check, 3 days they said. Anything I need to do on your side?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '又挂起了！补了三次材料了 你们到底要什么',
    'You put my payment on hold AGAIN, third time I have sent the invoice. Any update or not?',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
