/**
 * The customer keeping a hospitalised relative's own bills and account going (fraud/relatives_affairs_while_in_hospital.ts)
 * is no family-emergency scam. Someone else bringing the news and asking for money still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe("a relative's own affairs run while in hospital", () => {
  it.each([
    '我爸住院了，他的电费和房贷我想转账帮他交，要带委托书吗',
    'My father is in hospital, how do I pay his gas bill and council tax from his account while he is there?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '有个自称医生的人打电话说我女儿车祸住院了，让我先转两万手术费给他',
    'Someone messaged me saying my son is in hospital after an accident and I must send money for his bills tonight',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
