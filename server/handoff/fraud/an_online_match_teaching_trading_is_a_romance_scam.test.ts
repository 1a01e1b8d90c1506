/**
 * Someone met on a dating app or online who teaches the customer to trade, with the customer's money on their
 * platform, is the romance-investment scam (fraud/online_contact_teaching_trading.ts), though the customer asks only
 * how to free more money. Closing one's own ISA or fixed deposit for a purchase is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('an online match teaching trading', () => {
  it.each([
    'A woman I matched with on Bumble has been showing me how to trade forex on her platform, I have invested £9k so far. Can I raise my transfer limit?',
    'Someone I met on Tinder is teaching me crypto trading and I want to move my savings across to add more, how do I take money out of my fixed saver?',
    '在交友软件上认识一个男的，他教我炒黄金，已经投了八万，想把定期提前取出来接着投',
    '网上认识的一个姐姐带我做外汇，我已经充了三万，今天想再转五万过去，限额怎么提高',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I want to close my ISA early to put the money towards a house deposit, is there a penalty?',
    '我想提前支取定期，买房用，有没有损失',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
