/**
 * The housing bureau's escrow account of a home purchase (住建局 / 房管局 的资金监管账户, fraud_patterns.ts
 * `propertyEscrow`) is a real account the buyer pays into, however far from the purchase it is named. Named by the
 * police, it is the safe-account scam.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe("the housing bureau's escrow for a home purchase", () => {
  it.each([
    '看了半年房终于定了，贷款也批下来了，下周要把钱打进房管局的资金监管账户，手机银行单笔限额多少',
    '合同签完了，这周得把钱存到不动产登记中心的资金监管账户，柜台办要预约吗',
    "We're buying our first flat and the deposit goes into the title company's escrow account. Can I send 40k online?",
  ])('"%s" is no safe-account scam', (text) => {
    expect(detector.assess(text).schemes).not.toContain('safe_account');
  });

  it.each(['民警打电话说我涉案，要把存款转到房管局的资金监管账户核查'])('"%s" is still one', (text) => {
    expect(detector.assess(text).schemes).toContain('safe_account');
  });
});
