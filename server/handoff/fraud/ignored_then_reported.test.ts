/**
 * An approach the customer ignored ("我没理", "我没理直接报警了") is told after the fact, even when it names
 * impersonated police; one the customer went along with is not.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('an approach ignored', () => {
  it.each([
    '去年有人打电话冒充公安说我洗钱，我没理直接报警了。现在想问下怎么开通动账通知',
    '今天接到个电话说我有快递涉嫌违禁品，我没理，这种要报警吗',
  ])('"%s" is declined', (text) => {
    expect(detector.assess(text).declined).toBe(true);
  });

  it.each([
    '有人冒充公安说我洗钱，我没理他，后来他又打来我就转了两万',
    '公安说我涉嫌洗钱，让我把钱转到安全账户，我已经转了',
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).declined).toBe(false);
  });
});
