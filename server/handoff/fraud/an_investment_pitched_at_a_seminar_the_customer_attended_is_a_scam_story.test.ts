/**
 * An investment pitched at a seminar or a talk the customer went to, signed up for and now to be paid from their
 * savings ("we went to a free lunch seminar… it pays twelve percent guaranteed so we signed up and now we need to
 * transfer…", "去听了个讲座…我们报名了 现在要把存单里的钱转过去") is the customer's own scam story, not a scam heard about at a
 * talk (victim_context.ts): the model's alarm stands even when it is unsure. A fraud-awareness talk, or a seminar
 * told with no money to move, is still no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model unsure of a scam (above its threshold, below the sure level that overrides the rules' stand-down). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.85));

describe('an investment pitched at a seminar the customer attended', () => {
  it.each([
    '我们去听了个养老投资的讲座 说每年给百分之十二 我们报名了 现在要把存单里的二十万转过去 存单怎么提前支取',
    'my wife and I attended a retirement seminar at the hotel and the presenter said the fund pays nine percent guaranteed, we signed up and need to transfer sixty thousand by Friday, how do I do it',
  ])('"%s" is a scam story', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我去听了社区的防诈骗讲座 讲得挺好 想问问怎么开大额转账提醒',
    'I went to a fraud awareness seminar at the library, can you set up alerts for big payments on my account',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
