import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();
const THRESHOLD = 0.6;

describe('the fraud-risk detector', () => {
  it.each([
    ['safe_account', '有人打电话说我的账户不安全，让我把钱转到安全账户'],
    ['safe_account', 'the caller told me to move my savings to a safe account'],
    ['authority_impersonation', '检察院的人说我涉嫌洗钱，要我转账配合调查'],
    ['authority_impersonation', 'a police officer said I am a suspect and must transfer money today'],
    ['investment_teacher', '群里的老师带单，说稳赚不赔'],
    ['investment_teacher', 'my trading mentor guarantees returns of 30% a month'],
    // A teacher or a group is a scam even when the bank is named beside it.
    ['investment_teacher', '有个自称你们银行理财经理的人拉我进群，老师说稳赚不赔'],
    ['code_request', '有人冒充客服，让我把短信验证码告诉他'],
    ['code_request', 'someone asked me to read out the verification code you sent'],
    ['refund_loan', '退款客服让我先在借呗借钱再转给他'],
    ['refund_loan', 'the refund agent told me to take out a loan first'],
    ['remote_access', '对方让我下载会议软件共享屏幕'],
    ['victim_report', '我被骗了五千块'],
    ['victim_report', "I think I've been scammed"],
    ['money_mule', '有人让我出租银行卡，一个月给两千'],
    ['money_mule', 'a guy says he will pay me £200 a week to use my bank account for his payments'],
    ['money_mule', 'U盾寄给贷款公司激活账户 放款后再寄回来 要不要带密码一起寄'],
    ['money_mule', '一张新卡给五百块 工地上有人专门收 我办了三张给他们'],
    ['payee_change', '供应商说他们换了新的收款账户，让我们把货款打到新账户'],
    [
      'payee_change',
      'our supplier emailed that their bank details have changed and we should pay the new account',
    ],
    ['recovery_scam', '有人说能帮我追回被骗的钱，要先交服务费'],
    ['recovery_scam', 'someone says he can recover my lost crypto for an upfront fee'],
    ['advance_fee', '对方让我买京东卡，把卡密发给他'],
    [
      'impersonation',
      "my dad is on the phone right now with someone claiming to be your fraud team, they're asking him to move 50k, what do we do",
    ],
  ])('recognises %s in "%s"', (scheme, text) => {
    const a = detector.assess(text);
    expect(a.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(a.schemes).toContain(scheme);
  });

  it.each([
    '我的U盾坏了 能寄给你们换吗',
    // The bank's own product, mis-sold: a complaint, not an investment scam.
    '理财产品亏了，你们当初说稳赚的！',
    '理财经理当初说保本，现在亏了一半，我要投诉',
    'The advisor told me the fund was risk-free and I lost money, I want to complain',
    'your advisor promised the fund was risk-free, now it is down 20%',
    'U盾丢了怎么补办',
    '怎么转账',
    'how do I transfer money',
    'how do I transfer money to my mum',
    '给我妈转五百块',
    '验证码收不到怎么办',
    "I'm not receiving the verification code",
    'why do I need a code to make a transfer',
    '银行会打电话问我要验证码吗',
    'Will the bank ever call me and ask for my code',
    '我想贷款买车',
    "I'd like to take out a loan",
    '退款什么时候到账',
    'how do I get a refund for a card fee',
    '如何防范电信诈骗',
    'how can I protect myself from scams',
    '信用卡积分翻倍活动怎么参加',
    'Is online banking safe to use on public wifi',
    'can I talk to a loan officer about a transfer',
    '贷款逾期会影响征信吗',
    'what are the fees for a mortgage',
    '我想取消贷款申请',
    '我是房东，想换一张卡收房租',
    'Our supplier changed bank details and I confirmed it with them by calling their usual number, how do I update the payee',
    '短信说ETC失效让点链接，我没点',
    'Can I buy crypto with my debit card',
    'My card got declined buying a gift card for my niece',
  ])('raises no alarm on "%s"', (text) => {
    expect(detector.assess(text).score).toBeLessThan(THRESHOLD);
  });
});
