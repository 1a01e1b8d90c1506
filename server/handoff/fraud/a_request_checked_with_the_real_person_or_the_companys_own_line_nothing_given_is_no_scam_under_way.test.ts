/**
 * A request for money or an app checked with the real person by phone, or with the company's own official line, and
 * nothing given (left_or_checked_and_gave_nothing.ts): "我打电话问他就没转", "打了京东官方客服电话一问根本没这回事", "I
 * rang him first so I didn't send anything", "called DHL's official number and there was no such claim". The
 * customer then asks for a safeguard: no scam under way. Money paid after all, or the one who asked still coming now,
 * still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a request checked with the real person or the company’s own line, nothing given', () => {
  it.each([
    '前几天有人冒充京东客服说我订单异常要退款，让我下个会议软件，我觉得不对劲没下，打了京东官方客服电话一问根本没这回事。现在想把网银的单笔转账限额改低点，怎么设置？',
    '我儿子QQ上个月被盗过一回，当时有人用他的号跟我要两千块交学费，我打电话问他就没转。现在号已经找回来了，想开个大额转账短信提醒',
    "Last week someone claiming to be from DHL said my parcel was lost and I was owed compensation, and told me to add them on WhatsApp. It felt off so I didn't, I called DHL's official number and there was no such claim. How do I lower my daily transfer limit?",
    "Someone took over my son's Facebook a while back and messaged me asking for 500 for his rent. I rang him first so I didn't send anything. He has it back now. Can I get alerts for transfers to new payees?",
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有人冒充京东客服说我订单异常要退款，让我下个会议软件，我打了京东官方客服电话一问根本没这回事，可我之前已经按他说的转了五千',
    '我儿子QQ被盗了，有人用他的号跟我要两千块，我打电话问他就没转，可那人现在又换了个号来要钱',
    "Someone claiming to be DHL said I was owed compensation and told me to add them on WhatsApp. I called DHL's official number and there was no such claim, but I had already paid the 'release fee' they asked for.",
    "My son's Facebook was hacked and someone asked me for 500. I rang him so I didn't send anything, but now they keep messaging asking me to pay today.",
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
