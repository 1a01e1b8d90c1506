/**
 * A partner in the army or on a peacekeeping mission, with a parcel's customs fee or a leave fee to pay, told in
 * either order ("给男朋友交清关费，他在维和部队", "customs fee for my boyfriend's parcel, he's a soldier overseas"): the
 * romance scam's story (fraud/on_someones_say_so.ts), even when the customer only asks why a payment was stopped and
 * the model is unsure. A partner's own parcel with nobody in the army stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe("a partner's parcel fee beside his army posting", () => {
  it.each([
    '我要给男友付一个包裹的关税，他在国外部队当军官，转账一直失败',
    '转账给女朋友交清关费老是失败，她是派到非洲的维和军医',
    "Why can't I pay the customs fee for my boyfriend's parcel? He's a soldier deployed overseas.",
    "I'm trying to pay the clearance charge on a package from my fiance, he is in the army on a UN mission. Why was it stopped?",
  ])('"%s" is a scam', (text) => {
    const v = verdict(text);
    expect(v?.reason).toBe('fraud_risk');
    expect(v?.because).toContain('scheme:romance_scam');
  });

  it.each([
    '我男朋友寄了个包裹，要交关税吗',
    "My boyfriend's parcel is stuck at customs, how do I pay the duty on my card?",
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
