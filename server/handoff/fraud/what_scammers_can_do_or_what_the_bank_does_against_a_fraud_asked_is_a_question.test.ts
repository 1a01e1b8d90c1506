/**
 * What scammers can do ("can they really show the bank's number?"), or what the bank does against a kind of fraud
 * ("what do you do about SIM swap fraud?"), asked in general, is a question about scams (fraud/what_scammers_can_do_asked.ts,
 * read by fraud/scam_question.ts). The same question beside a call just taken, a code given, or a dead SIM with
 * alerts coming in still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('what scammers can do, or what the bank does against a fraud, asked', () => {
  it.each([
    '骗子真的能让来电号码显示成银行的官方号码吗？',
    '你们对换卡诈骗有什么防护措施？除了短信验证码还有别的吗',
    'Can scammers really make their calls show up with your bank number?',
    'Just wondering, what does the bank do about SIM swap fraud? Is there more than the text codes?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '骗子刚才打来，来电号码显示是你们的客服号码，他让我把验证码念给他，骗子真能改号码吗',
    '手机突然没信号了，刚收到银行的登录提醒，你们对换卡诈骗有什么办法',
    'My SIM stopped working an hour ago and now I am getting login alerts from my bank. What do you do about SIM swap fraud?',
    'Scammers called me from your number and I gave them the code. Can scammers really fake your number?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
