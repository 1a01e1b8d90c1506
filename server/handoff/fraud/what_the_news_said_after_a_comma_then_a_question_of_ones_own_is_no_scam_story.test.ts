/**
 * What the news or a video said about scams, told with a comma between the watching and the saying (在新闻上看到，说…),
 * then a question of the customer's own, is the report's scheme, not one under way (scam_news_then_a_question_of_ones_own.ts).
 * A story that reaches the customer still counts.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('what the news said after a comma', () => {
  it.each([
    '今天在手机新闻上看到，说骗子用AI换脸冒充老板视频通话让财务转账，我们公司财务都是老同事，你们对公转账有什么防骗的设置吗？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '昨晚在电视新闻里看到，说有骗子用AI合成声音借钱，结果今天就有人冒充我儿子打电话让我转五万，我已经转了',
  ])('"%s" is still handed over', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
