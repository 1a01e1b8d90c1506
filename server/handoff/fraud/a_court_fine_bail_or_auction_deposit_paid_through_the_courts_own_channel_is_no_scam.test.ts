/**
 * A court's own fine, bail or auction deposit paid through the court's own channel (its cashier's official slip, the
 * government's site, its auction platform), nobody reaching out (court_payment_through_the_courts_own_channel.ts): no
 * scam, even when the model raises an alarm. A "court" that phones or texts and pushes a payment stays the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("a court's own payment through the court's own channel", () => {
  it.each([
    "The magistrates' court sent me a letter about a speeding fine and says to pay it on gov.uk, is a debit card fine for that?",
    'My brother got bail at the county court and the court cashier handed me an official payment slip for it. Can I do this from the app?',
    '我想参加法院的司法拍卖，司法拍卖平台上写着保证金交到法院的监管账户，最晚什么时候交',
    '法院判了罚金，法院收费窗口给了缴款通知书，能用手机银行交吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'Someone called from the court saying my son needs bail paid today into the account he will text me, or he stays locked up.',
    'A text says I have an unpaid court fine and must pay it now through this link or be arrested.',
    '自称法院的人打电话说司法拍卖的保证金要转到他给的安全账户',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
