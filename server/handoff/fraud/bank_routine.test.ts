/**
 * The bank's own routine told by the customer, with nobody else pushing, is no scam: the card's own check in a
 * payment the customer is making (3D Secure, 银联认证, the app asking to approve), the bank's notice of a new
 * relationship manager, a relative's written authority to act for them (委托书, power of attorney), and a home the
 * customer viewed and signed for in person. A caller, a code handed over, or the "new manager" asking for money
 * still count.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { scamUnderWay } from './testing/scam_under_way.ts';

const detector = new FraudDetector();
const fires = scamUnderWay;

describe("the bank's own routine", () => {
  it.each([
    'Paying my car insurance on the insurer website and it popped up a 3D Secure screen, is that from you?',
    'Booking train tickets and the banking app is asking me to approve the payment, should I tap yes?',
    '在官网交学费，跳出银联认证页面，这个是正常流程吗',
    '客户经理有变动的通知收到了，现在的是哪位',
    'Got an email saying my wealth adviser has moved to another branch, who is my new adviser?',
    'Went to see the flat twice and signed the lease with the owner face to face, how do I pay the deposit by transfer?',
    // a relative's written authority to act for them
    '老公住院了，他的卡在我这，有他签的授权委托书，能帮他取钱吗',
    'I have power of attorney for my dad, can I withdraw from his account at the branch?',
  ])('is settled in "%s"', (text) => {
    const a = detector.assess(text);
    expect(a.settled).toBe(true);
    expect(fires(text)).toBe(false);
  });

  it.each([
    // someone else in the story, a code handed over, money asked for
    'A caller said he needs the 3D Secure code from my text to cancel a payment',
    '有人打电话说是银联认证中心的，让我把验证码报给他',
    'My relationship manager changed and the new one says I must move my savings to his personal account, who is he?',
    '短信说我的客户经理换了，新的经理让我把钱转到他给的账户，这个新的是谁',
    '有人打电话说是法院的，让我带着委托书去把钱转到指定账户',
    'A man called saying he is from the bank and I need a letter of authority to move my money to a safe account',
  ])('is not settled in "%s"', (text) => {
    expect(detector.assess(text).settled).toBe(false);
  });
});
