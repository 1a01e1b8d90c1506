/**
 * An official who tells the customer to keep it from the family, or money sent to a person said to be from a public
 * office rather than to the office (scam_steps_told_in_few_words.ts). Paying the office itself, or the office asking
 * the customer to come in, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe("an official's secrecy from the family, or money to an official in person", () => {
  it.each([
    '法官让我别跟家里人说，这样对吗',
    '给税务局的工作人员打钱要备注什么',
    'the detective told me not to tell my wife, is that normal?',
    'how do I send money to the man from the tax office',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '帮我妈给社保局交钱',
    '社保局的人让我妈去办认证',
    '我想给老婆一个惊喜，先别告诉她，怎么预约取现',
    'how do I pay the tax office',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
