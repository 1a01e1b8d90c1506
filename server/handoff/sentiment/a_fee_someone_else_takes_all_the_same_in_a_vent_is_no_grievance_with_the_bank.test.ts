/**
 * A building manager's or a landlord's fee taken all the same, told in a vent about them (物业费倒是一分不少收), is no
 * charge of the bank's (charged_all_the_same.ts reads it outside off-topic clauses). The bank's own fee still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a fee someone else takes all the same in a vent', () => {
  it.each([
    '小区的物业太差劲了，楼道灯坏了半个月没人管，物业费倒是一分不少收。顺便问下物业费能绑你们的卡自动扣吗？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['转账没成功，手续费倒是一分不少收，这算什么？'])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
