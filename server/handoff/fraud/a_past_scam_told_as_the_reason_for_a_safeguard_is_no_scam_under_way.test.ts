/**
 * A scam of the past or someone else's, told as the reason the customer is careful, then a safeguard asked for (alerts,
 * a limit, the senior-friendly mode, family sharing) or a payee change already checked on a number the customer had:
 * no scam under way (fraud/a_past_scam_told_as_the_reason_for_care.ts). A recent scam of the customer's household, or
 * one that now turns to the customer, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the scheme words alone decide.
const calm = firstMessageVerdict({}, CALM);

describe('a past scam told as the reason for care', () => {
  it.each([
    '我姨前几年被冒充客服的骗过好几万，想给我妈的卡开个大额动账提醒，怎么弄？',
    '楼下邻居大爷被卖保健品的骗了不少钱，我想给我爷爷的手机银行换成大字版，有吗？',
    '我外婆接到说我出车祸的电话，马上打给我问了，啥事没有。能给她的卡设个每日转账上限吗？',
    'My grandad got conned by a fake builder years ago, so can I set up alerts on his account?',
    'Our old firm got hit by payment fraud, so I phoned the supplier on the number we have had for years and they confirmed the new account, how do I change the payee?',
    'A friend of mine lost her savings to a crypto scam, it shook me. Is there a senior mode in the app for my dad?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });

  it.each([
    '我前几年被骗过，这回又有人打电话说我涉嫌洗钱，让我转到安全账户，能设个限额吗',
    '我刚被冒充客服的骗了两万，想开个大额提醒',
    'My dad lost money to a scam years ago, now a man from the bank says his account is at risk and he has to move it to a safe account. Can I set alerts?',
    'I was scammed last week, the money went to a fake broker, can I set up alerts now?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
