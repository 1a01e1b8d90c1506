/**
 * The bank's records asked for the customer's own police or court case (records_for_ones_own_police_or_court_case.ts):
 * statements, a receipt or a letter the customer fetches as evidence, even when the model raises an alarm. The
 * police "investigating" the customer, wanting money moved or a code, stay the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("records for the customer's own police or court case", () => {
  it.each([
    'My car was broken into and the detective on my case wants a list of the card payments made after it was stolen. Can I print that from online banking?',
    'I am a witness in a court case about my old landlord and the court letter asks me to bring six months of bank statements, how do I get them stamped?',
    '店里被盗了，派出所民警让我把这个月的对公流水打出来当证据，网银能导出吗？',
    '我被网上兼职骗了两千报了案，警察叫我去银行开个转账凭证，需要带什么？',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'An officer rang saying my account is linked to money laundering and I must send him my statements and move my savings to a safe account',
    'I reported a scam to the police and now a detective says I must move my savings into a safe account while they trace it, how do I do that?',
    '公安打电话说我的卡涉嫌洗钱，让我把流水发到他微信，再把钱转到安全账户核查',
    '我报过案，现在有个警察视频说要帮我追回钱，让我先交保证金再出转账凭证',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
