/**
 * The customer's own wallet or card lost or stolen and already cancelled or reported, and cash or access to their own
 * money asked for meanwhile, is no scam: the model's unsure alarm stands down (own_card_lost_or_stolen_and_reported.ts).
 * Someone calling after the theft to "help", or a code asked for, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

describe('cash asked for after a lost card was reported', () => {
  const verdict = firstMessageVerdict({}, fraudAlarm(0.8));

  it.each([
    '包在地铁上被偷了，几张卡都挂失了，今天急着用钱，没卡能去柜台取钱吗',
    'My purse was nicked at the market, crime ref number 44/2231/KP, cards cancelled already. Can I get cash out at a branch without a card?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '钱包丢了，卡已经挂失了，刚才有个自称银行的来电说帮我取钱，要我报验证码',
    'My wallet was stolen and the cards are blocked, then someone from the bank called to help me withdraw cash and asked for my PIN',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
