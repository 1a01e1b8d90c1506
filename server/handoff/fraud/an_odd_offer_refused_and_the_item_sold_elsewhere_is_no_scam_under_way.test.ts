/**
 * A buyer's overpayment or other odd offer told no, the item sold to someone else (overpayment_refused_and_sold_elsewhere.ts):
 * nothing given and over, so no scam warning. The same offer gone along with (the difference refunded) still gets it.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('an odd offer refused and the item sold elsewhere', () => {
  it.each([
    'Someone wanted to buy my sofa with a cheque over the asking price and have me send back the extra. I said no and sold it to a neighbour instead. Should I tell anyone?',
    '有个买家说多付了钱让我把差价退给他，我没同意，车已经卖给别人了，要不要跟你们说一声',
  ])('"%s" gets no scam warning', (text) => {
    expect(calm(text)).toBeNull();
  });

  it.each([
    'A buyer sent a cheque for more than the price and asked me to refund the difference, I paid him back the extra yesterday, sold it to someone else too. Was that ok?',
    '有个买家说多付了钱让我退差价，我已经退了差价给他，东西后来卖给别人了',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
