/**
 * What someone else says the bank does, asked about ("朋友说你们客服会打电话要验证码，真的假的？", "my mate says your staff
 * will ring and ask for the verification code, is that true?"), is a question about the bank's practice, not a
 * scam story (scam_question.ts). A caller who asked the customer for the code is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('what a friend says the bank does, asked about', () => {
  it.each([
    '同事说你们客服会打电话要短信验证码，真的假的？感觉不太对',
    '我妈说银行的工作人员会打电话问密码，是真的吗',
    'My mate says your customer service will ring and ask for the verification code, is that true?',
  ])('"%s" is no scam story', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '朋友说你们客服会打电话要验证码，真的假的？刚才就有个客服打电话让我报验证码',
    'My friend says your staff will call and ask for the code, is that true? A guy from your bank just called me asking for it',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
