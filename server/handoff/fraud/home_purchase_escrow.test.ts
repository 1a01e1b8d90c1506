/**
 * The escrow account of a home purchase (开发商的资金监管账户, 二手房资金监管) is a real account the buyer pays into;
 * a "监管账户" a policeman or a court names is the safe-account scam.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a home purchase escrow', () => {
  it.each([
    '买房付首付 要转80万到开发商的资金监管账户 账号合同上有 去柜台要带什么',
    '买二手房，房款要转到资金监管账户，网签后去哪个网点办',
  ])('"%s" is no safe-account scam', (text) => {
    expect(detector.assess(text).schemes).not.toContain('safe_account');
  });

  it.each([
    '法院的人打电话说我涉案，要把房款转到资金监管账户配合调查',
    '警察说要把买房的首付转到国家监管账户核查',
  ])('"%s" is still one', (text) => {
    expect(detector.assess(text).schemes).toContain('safe_account');
  });
});
