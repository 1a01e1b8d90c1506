/**
 * A fund's new manager named as news about the fund (基金换经理了) is no ask to change the member of staff
 * (a_funds_new_manager.ts). Asking to change one's own manager still is an ask for a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a funds new manager', () => {
  it.each(['手上那只基金又换经理了，净值一直往下走，要不要赎回？'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );

  it.each(['这只基金一直往下走，能不能换个经理跟我聊聊？'])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
