/**
 * Cash taken out so an "officer" can inspect the notes, or to help investigate the bank's own staff
 * (fraud/cash_for_the_police_to_inspect.ts), is the "help the police with an investigation" scam, told as an errand
 * at the counter. A question about the scam in general, or checking notes for oneself, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const verdict = firstMessageVerdict({}, CALM);

describe('cash taken out for an officer to inspect', () => {
  it.each([
    '派出所的警官来电话，说要比对钞票的冠字号，让我今天取四万现金给他们查，大额取现要带什么证件',
    '公安说你们网点有员工涉嫌勾结骗子，让我取两万现金配合取证，窗口几点关门',
    'A detective phoned and asked me to draw out £3,000 so his team can examine the notes for forgeries. Do I need to book a large withdrawal?',
    'The police say a teller at my branch is under investigation and I should withdraw 5k in cash to help them catch her. How late is the counter open?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '取了现金回家发现有张像假币，怎么验钞',
    'If a police officer ever asked me to withdraw cash so they could check the notes, would that be a scam?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
