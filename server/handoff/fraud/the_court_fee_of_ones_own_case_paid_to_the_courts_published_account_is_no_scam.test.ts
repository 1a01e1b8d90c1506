/**
 * The fee of the customer's own case paid to the account on the court's own payment notice or website ("法院的交费通知书
 * 上写着受理费的账户", "the court's website gives its account for the hearing fee") is no scam
 * (court_payment_through_the_courts_own_channel.ts). A "court" that phones or texts for a fee still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, fraudAlarm(0.8));

describe('the court fee of one’s own case paid to the court’s published account', () => {
  it.each([
    '朋友欠钱不还的官司立案了，法院的交费通知书上写着案件受理费的收款账户，我按上面的账户转就可以吗',
    'My small claim against my old landlord is filed and the court hearing fee is £80. The court website gives its bank details, what reference should I use?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有人打电话说法院的诉讼费要交，缴费通知书上的账户作废了，让我转到他给的个人账户',
    'I got a text from the court saying the hearing fee of £300 must be paid today via the link on the court website',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
