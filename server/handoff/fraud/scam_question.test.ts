import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { isQuestionAboutScams } from './scam_question.ts';

const detector = new FraudDetector();
const asks = (text: string): boolean => isQuestionAboutScams(text.toLowerCase());

describe('questions about scams in general', () => {
  it.each([
    '安全账户是不是骗人的',
    '贷款前先交保证金的都是骗子吗',
    '我想知道怎么举报诈骗电话',
    '如果有人自称警察让我转账，我该怎么办',
    '万一有人冒充你们要我验证码，我直接挂掉就行吧',
    '银行会不会打电话让我转账到安全账户',
    '遇到自称公安让转账的电话，是不是直接挂了报警就行',
    '听说有人冒充快递理赔骗钱，你们会提醒老人吗',
    'how do I report a scam call',
    'Are lenders who want a deposit first always scammers',
    'What should I do if someone claiming to be police asks me to transfer money',
    'Would the police ever tell someone to move money to a safe account',
    "Say someone phones me pretending to be the police what's the right thing to do",
    "How do I set up transfer alerts for my parents so they aren't scammed",
    '出租银行卡违法吗，最近好多人在网上收卡',
    'Is it illegal to let a friend use my bank account',
    'Is it true banks never ask you to move money to a safe account?',
  ])('"%s" is a question about scams', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    // A story told by the customer, even when it ends with a question.
    '警察说要我把钱转到安全账户，怎么转',
    '有人让我把钱转到安全账户，这是不是诈骗？',
    '如果已经把验证码告诉别人了，需要怎么补救',
    '有人打电话说我涉嫌洗钱，如果不转钱就要抓我，我好害怕',
    'the police told me to move my money to a safe account, how do I do it?',
    "I don't know if this is a scam but he told me to move everything to a safe account",
    'Is this a scam? The man on the phone wants my code',
    // The customer's own payment about to go, or someone in the story giving orders.
    'investment group on telegram promising 30% weekly, admin says deposit to his personal account. is this legit? about to send 10k',
    '网上认识的理财老师推荐的平台靠谱吗？我准备转五万进去',
    // Accusing the bank is no question about scams.
    '你们是不是骗子银行',
  ])('"%s" is not', (text) => {
    expect(asks(text)).toBe(false);
  });

  it('keeps the detector firing on a story and marks only the general question', () => {
    const story = detector.assess('the police told me to move my money to a safe account, how do I do it?');
    expect(story.score).toBeGreaterThanOrEqual(0.6);
    expect(story.preventionQuestion).toBe(false);
    expect(detector.assess('Is a so-called safe account something real banks use').preventionQuestion).toBe(
      true,
    );
  });

  it('does not read the anti-fraud centre as a scam report', () => {
    expect(detector.assess('How do I get the anti-fraud app').score).toBe(0);
    expect(detector.assess('国家反诈中心的app怎么下载').score).toBe(0);
  });

  it('leaves family money paid by the customer alone but not an emergency someone else brings', () => {
    expect(detector.assess('我爸住院了，我想从我卡里转钱给医院，能直接转到医院账户吗').score).toBeLessThan(
      0.6,
    );
    expect(detector.assess('有人打电话说我儿子出车祸住院了，让我马上转钱').score).toBeGreaterThanOrEqual(0.6);
  });
});
