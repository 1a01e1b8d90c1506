/**
 * A loan account to be closed or "cancelled" by first drawing its credit and moving it out
 * (loan_to_be_cancelled_by_moving_its_credit_out.ts): the fake loan cancellation scam's step, the scam warning. A
 * student loan repaid or a card closed in the ordinary way is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe('a loan to be cancelled by moving its credit out', () => {
  it.each([
    '说要帮我清除网贷记录，得先把借呗的额度借出来转到指定账户，是这样吗',
    '要关掉大学时候的学生贷，是不是要先把额度提出来转走',
    'To cancel the campus loan on my file I have to draw down the available credit and move it out first, right?',
    'They said closing my old online loan account means I must withdraw the limit and transfer it to them first',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '助学贷款我想一次性还清，在app哪里操作',
    'How do I pay off my student loan early in the app?',
    'I have repaid my student loan in full, can I get a closing letter?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text)).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
