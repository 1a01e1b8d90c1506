/**
 * What the customer sees: a charge taken that the bank's own advert, website or leaflet said there would not be goes to
 * a person (charge_the_advert_said_there_would_not_be.ts). A question whether the advertised offer covers a case
 * stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("a charge the bank's advert said there would not be", () => {
  it.each([
    '官网上写着跨行转账免手续费，结果还是扣了5块',
    '你们广告里说境外消费0手续费，这个月账单又收了我30多',
    'Your website says free international transfers, yet I was charged £4 yesterday.',
    'The leaflet promised no fees for the first year and you charged me a card fee in month three.',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '官网说免年费，是终身免吗',
    '广告上说境外消费免手续费，在香港刷卡也算吗',
    'Your advert says no fees abroad - does that include ATM withdrawals?',
    'The website says free transfers, is that for all currencies?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
