/**
 * A complaint to someone else left unanswered, told in a vent about them before a plain request ("快递丢了件，投诉了
 * 三天也没人回，无语。帮我看下信用卡账单出了没"), is no grievance with the bank (complaint_left_unanswered.ts reads it
 * outside off-topic clauses). A complaint to the bank left unanswered still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a complaint to someone else left unanswered', () => {
  it.each([
    '打车司机多收了我二十块，投诉了也没人处理，算了。我想问下信用卡账单日能改吗',
    '楼上邻居半夜装修，投诉到物业也没人理，烦。帮我查下这个月水费扣了没',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['上个月投诉了你们重复扣款，到现在也没人回复，什么进度'])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
