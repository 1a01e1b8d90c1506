/**
 * A relative's scam a couple of years ago (前两年, "a few years back"), told at length before a worry for the
 * customer's parents (fraud/victim_context.ts, `othersScamOver`), is no scam under way. Someone reaching the customer
 * now is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe("a relative's scam years ago, then a worry for the parents", () => {
  it.each([
    '我堂哥前两年接了个冒充客服的电话被骗走八万，我挺担心我爸妈的，能帮他们设置点什么',
    'My aunt was caught out by a phone fraud a few years back, and now I worry about my parents. What can I set up for them?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我堂哥前两年被骗了，现在有人打电话给我说能帮他追回来，要先交手续费',
    'My aunt got scammed a few years back and now a man rang me saying he can recover her lost money if I pay a fee first',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
