/**
 * A relative's scam call that is over ("我外公去年接过自称公安局的电话，还好我在旁边", "…last year, luckily I was there"),
 * told as the reason to ask for a card that can only take cash in and out, no transfers, is no scam under way
 * (protective_setting_after_a_scam_stopped_or_past.ts): nobody is approaching the relative now and the customer asks
 * what the bank offers. The same call happening now, or money asked for, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
// Whatever the model reads, the rules alone must not hear a scam under way in the story told as the reason.
const rulesOnly = firstMessageVerdict({}, CALM);

describe('a past scam call on a relative, then a card without transfers', () => {
  it.each([
    '我姥姥前年接到过冒充她外孙要钱的电话，幸亏我们在家。能不能给她开一张只能存取不能转账的卡',
    '我外公去年接过自称公安局的电话，还好我在旁边。想帮他办个不能转账的卡，可以吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
    expect(rulesOnly(text)).toBeNull();
  });

  it.each([
    '我姥姥刚接到冒充她外孙要钱的电话，幸亏我们在家，对方让她马上转两万，能不能给她开一张只能存取的卡',
    'Grandma just got a call from someone saying her grandson is in jail and needs bail now, luckily I was there. He wants her to transfer 3000 today, can she?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
