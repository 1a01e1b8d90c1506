/**
 * A tax office, the police or a court said to want its payment in gift cards (official_body_paid_in_gift_cards.ts):
 * the scam warning, however calm the model reads it. Gift cards bought as a present, or a question whether such a
 * demand can be real, are no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe('a public body asking to be paid in gift cards', () => {
  it.each([
    '海关的人说包裹要补缴关税，让我用苹果卡来付，在你们这能买吗',
    '税务局打电话说我欠了税，要我先买两千块的京东卡抵税款',
    'Customs says the duty on my parcel has to be paid with Steam cards, can I buy them on my credit card?',
    'The police officer on the phone wants the fine settled in Amazon vouchers today, how many can I buy at once?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '过年想买几张超市卡送给爸妈，能用储蓄卡付吗',
    '税务局真的会让人用礼品卡交税吗',
    'Can I buy a couple of Amazon gift cards as a leaving present for a colleague with my debit card?',
    'Would the tax office ever ask for payment in gift cards?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text).filter((s) => s === 'scheme:authority_impersonation')).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
