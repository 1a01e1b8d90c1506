/**
 * A charge the bank took, with the customer saying mildly that it sits badly with them (charge_that_sits_badly.ts):
 * frustration however calm the model reads it. A fee asked about ahead, or feeling unwell, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a charge that sits badly with the customer', () => {
  it.each([
    '一张闲置的卡每年扣我十块年费，扣了五六年了，说实话心里不是滋味',
    '短信提醒费一直在扣，也没人跟我说过，心里有点不舒服',
    'You’ve charged me a dormant account fee every quarter for three years. It doesn’t sit right with me.',
    'Just noticed you took a £5 admin fee each month since 2021. Not exactly happy about that.',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '如果以后开始扣管理费我会心里不舒服的，现在有这个费吗',
    '今天身体不舒服，想问下年费在哪里看',
    'If there is a fee on dormant accounts I wouldn’t be happy about it, is there one?',
  ])('"%s" is no frustration', (text) => {
    expect(calm(text)).toBeNull();
  });
});
