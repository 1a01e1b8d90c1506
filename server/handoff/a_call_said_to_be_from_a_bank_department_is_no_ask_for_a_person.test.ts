/**
 * Calls received from someone who says they are a department of the bank ("我爸总接到说是啥贷款中心的", "自称信用卡中心
 * 的电话"), asked whether they are real (call_from_the_bank_received.ts): 接到 is the call received, not "put me through
 * to". An ask to be put through to a department still is an ask.
 */
import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a call said to be from a bank department', () => {
  it.each([
    '怎么辨别来电到底是不是你们银行的？我爸总接到说是啥贷款中心的',
    '我奶奶老接到自称是信用卡中心打来的，这种怎么核实',
    '最近老接到说是风控部门的，真的假的',
    'My dad keeps getting calls from a so-called card centre of yours. How do we tell whether they are really the bank?',
    'How can I check a call is genuinely from you? My gran gets rung by someone claiming to be your loans department.',
  ])('"%s" is no ask for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(false);
    expect(calm(text)).toBeNull();
  });

  it.each([
    '帮我转接到信用卡中心',
    '能不能接到你们贷款部门，我要问个事',
    'Please put me through to the card centre',
  ])('"%s" still asks for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(true);
  });
});
