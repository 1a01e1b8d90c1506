/**
 * A crisis in the customer's life told before a plain request (a parent in intensive care, a carer who did not
 * come and an agency that will not answer, an ex who stopped paying child support, a hurricane, a rude waiter) is
 * no frustration with the bank ("前夫又不给抚养费了，真是烦透了。想设个每月自动转账给孩子交兴趣班", "My carer didn't show
 * up again and the agency won't answer the phone. I'm so fed up with them. Can I cancel the direct debit to the
 * care agency?"). The same crisis with anger at the bank still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a crisis at home, then a plain request', () => {
  it.each([
    '我爸住ICU三天了，我都快崩溃了，先帮我把他家的电费交了别停电',
    '那家餐厅服务员太气人了，上错菜还甩脸子。我就想查下刚才刷了多少钱',
    '前夫又不给抚养费了，真是烦透了。想设个每月自动转账给孩子交兴趣班',
    '护工又没来，家政公司电话也不接，气死了。怎么取消给家政公司的自动扣款？',
    "My carer didn't show up again and the agency won't answer the phone. I'm so fed up with them. Can I cancel the direct debit to the care agency?",
    "Hurricane knocked the power out for 3 days, everything in the freezer is ruined, I'm so done. Can I get a small overdraft for a week to restock?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我爸住ICU三天了，你们还把他的卡冻了取不出钱，气死了',
    "My carer didn't show up again and your phone line won't answer either. Useless bank, I'm so fed up with you.",
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
