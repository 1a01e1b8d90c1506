/**
 * A fake payment text or link nearly paid, stopped before anything was entered (NOT_ACTED in fraud_patterns.ts, read
 * as declined): advice, no scam under way. The same text paid and the card details entered still gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a fake payment text stopped before anything was entered', () => {
  it.each([
    '差点按假冒的交通罚款短信交钱，填之前反应过来了，什么都没输，要不要换卡',
    'Nearly paid a fake council tax text this morning but stopped myself before typing anything, should I change my password?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });

  it.each([
    '收到假冒税务局的短信，我已经把卡号和验证码填进去了',
    'A text from the tax office said I owe money, I clicked the link and typed my card number and the SMS code in',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
