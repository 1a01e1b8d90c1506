/**
 * A promise about the customer's complaint or case recounted with the time gone by since ("说48小时内回电，一周过去了",
 * "they said three days and a fortnight's gone"): frustration. "过去了" after a span of time is the wait, not the
 * complaint settled ("经理道歉了，这事过去了", lexicon_zh.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM, frustrationAlarm } from '../testing/model_readings.ts';

// The model hearing the frustration (it read such messages 1.00): nothing may set it aside.
const alarmed = firstMessageVerdict({}, frustrationAlarm(0.95));
const calm = firstMessageVerdict({}, CALM);

describe('a broken promise recounted', () => {
  it.each([
    '投诉的事说三天内给答复，半个月过去了，就这？',
    '我投诉以后你们说两个工作日联系我，十天过去了，电话都没一个',
    '上次投诉说24小时内处理，三天过去了，你们到底管不管',
  ])('"%s" goes to a person', (text) => {
    expect(alarmed(text)).not.toBeNull();
  });

  it.each([
    '上次投诉的排队问题，经理已经打电话道歉了，这事过去了。想问下理财怎么买',
    '去年投诉的事早就过去了，现在想问下信用卡账单日能不能改',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
