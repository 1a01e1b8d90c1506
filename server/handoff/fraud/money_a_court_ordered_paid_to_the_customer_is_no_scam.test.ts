/**
 * Money a court ordered paid to the customer, through the court, asked about as which receiving details to give
 * (court_ordered_money_paid_to_the_customer.ts): no scam, even when the model raises an alarm. A "court" that wants
 * a bond or a fee paid first stays the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('money a court ordered paid to the customer', () => {
  it.each([
    'The county court awarded me compensation from my former landlord and it will be paid through the court office. What account number do I give them?',
    'The tribunal ordered my former employer to pay me compensation via the court office, which bank details should I put on the form?',
    '法院判被告赔我三万，执行局说款到了会转给我，我要给他们提供哪个银行的账号？',
    '仲裁判公司退我两万工资，法院执行款打给我要填户名和开户行吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'A man from the court called, the judge ordered compensation to me but I must pay a release fee first to his account. How do I send it?',
    '有人打电话说法院判对方赔我钱，让我先交五千执行费到他给的账户才能放款',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
