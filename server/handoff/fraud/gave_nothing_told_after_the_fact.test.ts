/**
 * An approach the customer says they gave nothing to, checked and found fake, or would only answer on the
 * bank's official number ("我没给，骂了他一顿挂了", "确认了是假的，钱没动", "Didn't call", "I said I'd ring back on the
 * official number") is told after the fact: `declined`, so the policy gives advice instead of a scam alarm. Not
 * yet given while the caller waits, or given after all, is no refusal.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('an approach the customer gave nothing to', () => {
  it.each([
    '昨天有人冒充你们银行给我打电话要验证码，我没给，骂了他一顿挂了，哈哈',
    '上午有人冒充我领导让我打款，我打电话给领导本人确认了是假的，钱没动，要不要跟你们报备一下',
    "Got a text saying a $1,249 payment to Apple was pending and to call a number. Didn't call, my app shows nothing. All good right?",
    "Someone called saying they were from the bank so I said I'd ring back on the official number instead. Is there a note on my account?",
  ])('"%s" is declined', (text) => {
    expect(detector.assess(text).declined).toBe(true);
  });

  it.each([
    '有人冒充银行要验证码，我还没给，他还在线上等着',
    '冒充公安的让我转安全账户，我没转，他又打来了',
    '他说是客服，我没给验证码，但是后来还是给了',
    'Someone from the bank asked for my code, I gave it to him',
    "The officer says I must move my savings today, I didn't call back yet and he keeps calling",
  ])('"%s" is not declined', (text) => {
    expect(detector.assess(text).declined).toBe(false);
  });
});
