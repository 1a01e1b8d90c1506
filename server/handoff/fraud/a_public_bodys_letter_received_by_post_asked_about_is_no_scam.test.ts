/**
 * A letter from the tax office or another public body received by post, asked about, nothing to pay to an account
 * (official_letter_by_post_asked_about.ts, model_fraud_reading_set_aside.ts): no scam warning. A "letter" that asks for a
 * payment to a sort code by today, under threat of arrest, still gets it.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';

const verdict = firstMessageVerdict();
// The model unsure but alarmed (0.92, above its sure-fraud line of 0.9), read through the signal reader.
const alarmed = verdictReadThroughAFixedModel(fraudAlarm(0.92));

describe("a public body's letter received by post, asked about", () => {
  it.each([
    "Morning. HMRC sent me a paper letter in the post saying I owe £210 from last year and they'll adjust my tax code. I don't need to do anything with my bank account, do I?",
    '收到税务局寄来的纸质通知，说去年少缴了个税，会从工资里扣，跟银行这边没关系吧？',
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'Got a letter in the post from HMRC saying I must pay £900 to sort code 40-11-62 today or face arrest, which account do I pay from?',
    '收到税务局寄来的信，说欠税要在今天转到一个个人账户，不然就冻结我的卡',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    "Morning. HMRC sent me a paper letter in the post saying I owe £210 from last year and they'll adjust my tax code. I don't need to do anything with my bank account, do I?",
    '收到税务局寄来的纸质通知，说去年少缴了个税，会从工资里扣，跟银行这边没关系吧？',
  ])('"%s" gets no scam warning though the model is alarmed', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'Got a text from HMRC saying I owe £210, click the link to pay today, is my card fine for it?',
    '收到税务局的短信说欠税，让我点链接补缴，用哪张卡付',
  ])('"%s" still gets the scam warning when the model is alarmed', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
