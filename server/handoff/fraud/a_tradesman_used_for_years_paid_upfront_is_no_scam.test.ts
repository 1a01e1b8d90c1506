/**
 * A tradesman used for years, paid upfront for a part ("the plumber we've used for 10 years needs £900 upfront for the
 * boiler", "用了好几年的老师傅要先付配件钱") is a known payee, no scam (known_payee.ts). A tradesman with new bank
 * details or a personal account changed by message still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.59));

describe('a tradesman used for years, paid upfront', () => {
  it.each([
    "The cafe's coffee machine broke and the engineer we've used for 8 years needs $2,000 upfront for a replacement pump. Best way to pay him from the business account?",
    '店里空调坏了，合作了好几年的老师傅要先付三千配件钱，从对公账户转给他就行吧',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    "The plumber we've used for 10 years emailed new bank details for the £900, can I pay the new account?",
    '合作了好几年的老师傅说换了新卡，让我把三千配件钱转到他老婆的个人账户',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
