/**
 * The vet for the customer's own pet, in an emergency, paid from the customer's own card, limit or overdraft: no
 * scam, though the model reads urgency and "upfront" as one (fraud/own_pets_vet_bill.ts). A pet being bought, or a
 * caller or a link in the story, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

// The model's alarm as it read such messages (0.97): the rule must stand it down.
const alarmed = firstMessageVerdict({}, fraudAlarm(0.97));

describe("the vet for one's own pet", () => {
  it.each([
    'Our cat swallowed a toy and needs an operation at the emergency clinic tonight, they want £1,800 upfront, can I raise my credit limit?',
    'My puppy got hit by a car and the vet wants a deposit before surgery, can I go into my overdraft for it?',
    '家里猫咪急诊要做手术，宠物医院要先交八千，信用卡额度能临时调高吗',
    '我的狗狗在宠物医院抢救，押金一万，能临时提一下信用卡额度吗？',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'I am buying a puppy online and the seller says the vet needs £500 upfront before shipping, can I raise my limit?',
    'My dog needs surgery, the vet texted me a link to pay £900 upfront, can I use my credit card?',
    '有人打电话说我的狗在他们宠物医院手术，让我先转五千，信用卡能转吗',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
