/**
 * A plain request to pay the customer's own bill or for a loan for their own business ("top up my mobile bill",
 * "our cafe needs a loan for new machines", "给我续一下宽带费", "我们饭店想贷款买新设备") is no scam, though the
 * handoff model heard one in it (sentiment/routine_service_request.ts). A lender or a caller asking for a fee first,
 * someone who told the customer to pay, or a model sure of a scam are read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model hears a scam, as the trained one did in "my shop needs a loan for new equipment" (0.61). */
const scam = firstMessageVerdict({}, fraudAlarm(0.61));

const ROUTINE = [
  'top up my mobile bill please',
  'renew my internet bill for this month',
  'our cafe needs a loan for new machines',
  '给我续一下宽带费',
  '帮我把话费充上',
  '我们饭店想贷款买新设备',
];

describe('a plain request to pay one’s own bill or for a business loan', () => {
  it.each(ROUTINE)('"%s" stays with the assistant', (text) => {
    expect(scam(text)).toBeNull();
  });

  it('a model sure of a scam still stands', () => {
    expect(firstMessageVerdict({}, fraudAlarm(0.95))(ROUTINE[2] ?? '')?.reason).toBe('fraud_risk');
  });

  it.each([
    'our cafe needs a loan, the lender says I must pay a 300 fee first to unlock it',
    'the power company called, pay my electricity bill to this new account right now or they cut me off',
    '贷款公司说我们饭店要贷款得先交两千保证金',
    '有人打电话说欠了电费，让我把钱转到他给的账户',
  ])('"%s" is read as before', (text) => {
    expect(scam(text)?.reason).toBe('fraud_risk');
  });
});
