/**
 * Money sent to someone named by the role investment scams give themselves ("转5000给投资老师", "给荐股老师打了2万",
 * "send 3000 to my trading mentor") is the investment-teacher scam, with no promise of returns said: it used to
 * pass as a plain transfer. A child's teacher ("给孩子的老师转500块学费") or the bank's own manager is not one.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();
const THRESHOLD = 0.6;

describe('money sent to an investment teacher', () => {
  it.each([
    '转5000给投资老师',
    '好吧，转5000给投资老师',
    '给荐股老师打了2万',
    '给带单老师转3000',
    'send 3000 to my trading mentor',
    'i want to transfer 5000 to my investment coach',
  ])('"%s" is the investment-teacher scam', (text) => {
    const assessment = detector.assess(text);
    expect(assessment.schemes).toContain('investment_teacher');
    expect(assessment.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    '给孩子的老师转500块学费',
    '转800给钢琴老师',
    '理财经理推荐的产品怎么买',
    'send 200 to my piano teacher',
    '给钢琴老师转钱',
    "pay my son's maths teacher 150 for tutoring",
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).schemes).not.toContain('investment_teacher');
  });
});
