/**
 * How a kind of scam works, asked so the customer can explain it to others ("“冒充客服”骗局一般是怎么骗的，我要给社区老人讲讲",
 * "how does the 'fake parcel' scam actually work?", scam_question.ts, scam_type_name.ts), and a protective setting asked
 * for fear a parent will be scammed ("怕我妈被人骗", scam_worry.ts), are questions for the assistant, not a scam told.
 * A scam that has happened is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a scam asked about to teach or protect the family', () => {
  it.each([
    '想问问“冒充客服”骗局一般是怎么骗的，我要给社区老人讲讲',
    "How does the 'fake parcel' scam actually work? I'm explaining it to my grandparents on Sunday.",
    '怎么给我妈的卡关掉网上支付，怕我妈被人骗',
    "Can I put a daily limit on my mum's card? I'm worried she'll get scammed one day",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我妈被人骗了，刚才把两万转给了一个自称客服的人',
    "How does the 'safe account' thing work? The man on the phone says I must move my savings there today",
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
