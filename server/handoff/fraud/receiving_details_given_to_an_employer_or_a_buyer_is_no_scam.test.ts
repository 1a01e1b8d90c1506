/**
 * Asking which of one's own account details to give a new employer for the salary, or a private buyer for something
 * one sells ("新公司HR要我的工资卡信息，给开户行和账号就行吗", "selling my old bike, the buyer wants to pay by bank transfer,
 * what details do I give him?"), is money coming in to the customer (fraud/details_given_to_be_paid.ts): the
 * classifier's fraud report stands down and the model's alarm only when it is sure. A training fee, a CVV, a code, an
 * overpayment to send back or a courier to pay is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model reading a scam but unsure, as the trained one did in such a message (0.89). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.85));
const classified = classifierFraudReport();

const PAID = [
  '刚入职新公司，HR让我提供工资卡信息，要给开户行和账号吗，还需要别的吗',
  '在闲鱼上卖旧冰箱，买家说直接银行转账给我，我要给他什么信息',
  'Starting a new job on Monday, HR asked for my bank details for my salary. Which details do I give them, sort code and account number?',
  'Selling my old bike on Facebook Marketplace, the buyer wants to pay by bank transfer. What details do I give him?',
];

describe('receiving details given to an employer or a buyer', () => {
  it.each(PAID)('"%s" gets no scam warning from the unsure model', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each(PAID)('"%s" is no fraud report when the classifier hears one', (text) => {
    const r = classified(text);
    expect(r.intentReason).toBe('fraud_risk');
    expect(r.fraudRaised).toBe(false);
  });

  it.each([
    '新公司HR说发工资前要先交500培训费，还要我的卡号和密码，我要给他什么信息',
    '闲鱼上卖旧冰箱，买家说多转了两千让我退差价，我要给他什么信息',
    'New job HR asked for my bank details for salary and my card CVV to verify it, which details do I give?',
    'Selling my old sofa, the buyer wants to pay by bank transfer but his courier needs a £50 fee first, what details do I give him?',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
