/**
 * A place to rent found online whose "landlord" wants a deposit transferred first to hold it: the rental scam, even
 * with the customer saying all is above board (fraud/deposit_to_hold_a_rental_found_online.ts). A place viewed or a
 * lease signed is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('a deposit to hold a rental found online', () => {
  it.each([
    'Found a lovely flat on Facebook Marketplace, the landlord wants a £600 holding deposit to keep it for me, what is my transfer limit?',
    'Saw a studio advertised on Gumtree and the owner asks for the first month rent before anyone else grabs it. Can I pay by card?',
    '在小红书看中一套大理民宿，房东让先付两千定金才给我留着，用信用卡能转吗？',
    '租房群里看到一个单间，挺便宜，房东说先打一个月租金就帮我留房，手机银行怎么转？',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I viewed the flat on Saturday and signed the lease, the landlord wants the deposit by transfer, is there a limit?',
    '签了租房合同，房东让先转押金和第一个月房租，转账限额多少',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
