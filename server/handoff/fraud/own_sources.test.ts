/**
 * What the customer read in their own tax or benefits account, a question about the bank's own products and
 * a resend of the customer's own code are no scam; the same cues told by a caller or a "platform" still are.
 * Also: the phone losing signal for a while as a password reset arrives, and a prize notice that wants fees
 * paid first.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { scamUnderWay } from './testing/scam_under_way.ts';

const detector = new FraudDetector();
const fires = scamUnderWay;

describe("the customer's own sources", () => {
  it.each([
    'I logged into the IRS website and it says I owe back taxes, can I pay by debit card',
    'My personal tax account shows HMRC says I owe 300, how do I pay it from here',
    '我自己登录个税app看到要补税八百，怎么用你们的卡缴',
    'Do you offer any savings products with guaranteed returns for two years?',
    '你们银行有没有保本保息的理财产品推荐',
    '验证码过期了，能重新发一个吗',
    '刚才输错了，动态码再给我发一个',
    // the customer asks whether a fee comes first
    '中了银行的抽奖，奖品要先交个税才能领吗',
    // a weak signal and a worry about codes
    '山里信号一直不好，会不会影响收短信验证码',
    'My sim keeps losing signal on the train, will I still receive the OTP for online payments?',
  ])('leaves "%s" alone', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'A man from the IRS phoned and said I owe back taxes and will be arrested today',
    '有人打电话说是社保局的，说我的社保卡涉嫌违规被冻结',
    'My trading mentor says the platform has guaranteed returns, I should add more',
    '群里老师说这个项目稳赚不赔，让我多投点',
    '对方冒充客服，让我把验证码发给他一个同事核对',
    // signal lost for a while, then a password reset arrives
    '我手机从中午开始一直没信号，刚才收到提醒说网银密码重置了',
    '电话卡莫名其妙停机了，接着发现卡里少了八千',
    'Phone showed no service all evening and now I can see transfers I never authorised',
    // a prize notice that wants fees paid first
    '收到一封中奖通知，奖品是一台电脑，要先交五百的公证费才能领取',
  ])('still fires on "%s"', (text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('a payee the customer checked themselves', () => {
  it.each([
    'The letting agent sent new bank details, so I phoned their branch to confirm them. How do I add the payee?',
    '会计给了新的对公账户，我亲自去他们公司核对过了，大额转账要预约吗',
  ])('"%s" is settled', (text) => {
    expect(detector.assess(text).settled).toBe(true);
  });

  it.each([
    "I phoned the number in the email to confirm and the man said to pay today or lose the house, it's a scam isn't it",
    '我打电话核实过了，对方说是公安局的，让我把钱转到安全账户',
  ])('"%s" is not', (text) => {
    const a = detector.assess(text);
    expect(a.settled).toBe(false);
  });
});
