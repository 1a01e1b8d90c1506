/**
 * The customer's own scam that is over (the card already replaced or closed, the money back, the case reported, or
 * long past), followed by a practical question about the new card, a statement, a setting or the claim, is an
 * errand the assistant answers (fraud/own_scam_over_then_a_practical_ask.ts). A scam that just happened or goes on,
 * or a "recovery" fee after one, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the customer's own scam that is over, then a practical ask", () => {
  it.each([
    '被冒充快递的骗了以后旧卡已经注销了，水电费的自动扣款会跟着换到新卡吗',
    '报警回执拿到了，被骗的那张卡也挂失补办好了，新卡的密码怎么设',
    '被骗那回之后我把网银关了，现在想重新开通网银，能在app上弄吗',
    '被骗之后那个账户我已经销户了，新卡也办好了，工资代发要怎么改到新卡上',
    'After the scam in February I changed my phone number. Where do I update the mobile number the bank sends codes to?',
    'I closed that account after the scam last spring. Can I still download its last statement for my accountant?',
    'The bank refunded the charges after the phishing scam last month. How do I change the PIN on my replacement card?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我今天被冒充客服的骗了三千，卡已经挂失了，新卡怎么补办',
    '上个月被骗的钱报了警，现在有个自称律师的人说能帮我追回来，要先交手续费，能赔吗',
    'I was scammed yesterday, they took 2,000 and I blocked the card. How long does a refund decision take?',
    'After the scam last month someone from a recovery firm says he can get my money back for a fee. Can I pay him from my new card?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
