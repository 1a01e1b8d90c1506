/**
 * The customer's old or current card to be handed to a courier or someone at the door (old_card_handed_to_a_courier.ts):
 * the bank never collects a card at the door. A new card delivered, what to do with the old card and a shop's card
 * machine handed back stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('the old card handed to a courier', () => {
  it.each([
    '快递员到了，旧卡要交给他吗',
    '上门的小哥说把原来的卡给他带回去，给吗',
    'the courier is at the door, should I hand him my old debit card?',
    'a driver came for the card, do I give my current card to the courier?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '新卡快递到了，要本人签收吗',
    '新卡到了，旧卡怎么处理',
    'the courier is here with my new card, do I need ID?',
    'my new card came by courier, what do I do with the old card?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
