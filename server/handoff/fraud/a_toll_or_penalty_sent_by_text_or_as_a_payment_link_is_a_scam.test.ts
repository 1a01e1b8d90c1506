/**
 * A toll, a parking charge or a penalty that came by text or as a payment link (scam_steps_asked_as_banking.ts,
 * `penaltyByTextOrLink`): no road operator, council or court bills a penalty by a link in a text, so the scam warning,
 * even when the customer only asks why the card is refused. A fine paid on the council's own site, or a toll asked about
 * in general, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a toll or a penalty sent by text or as a payment link', () => {
  it.each([
    'What do I type in the card number box on the motorway toll payment link?',
    'Got a text about a parking penalty, tried to pay it but my card keeps failing. Why?',
    '短信发来一张违章罚单，点进去交罚款，卡一直付不了是怎么回事',
    '收到停车费欠缴的短信链接，付款的时候提示卡被拒了',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I paid my parking fine on the council website but my card was declined, why?',
    'How much is the congestion charge if I drive in on Saturday?',
    '在交管12123上交违章罚款，能用信用卡吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
