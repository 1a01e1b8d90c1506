/**
 * A callback the customer has already requested, asked about (callback_already_requested.ts): "I booked a callback in
 * the app, when will it come?", 昨天在手机银行申请了回电，一般多久打过来. The request is in; the customer asks about its
 * time, not for a person now. A callback asked for in the customer's own words still is an ask.
 */
import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a callback already requested, asked about', () => {
  it.each([
    'I booked a callback in the app yesterday about my savings account. Roughly when should I expect the phone to ring?',
    "I've requested a call back about my loan statement, is it usually the same day?",
    'My callback request went in this morning, will the call come from a withheld number?',
    '前天在手机银行上预约了回电，一般几天内会打过来',
    '我下午在app里申请了回电，是不是工作日才会打',
    '回电已经预约好了，到时候显示的是哪个号码',
  ])('"%s" is no ask for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(false);
    expect(calm(text)).toBeNull();
  });

  it.each([
    'Could I request a callback please?',
    "I'd like a call back about my mortgage",
    'Can someone call me back this afternoon?',
    '帮我预约一个回电',
    '请安排客户经理给我回个电话',
    '我预约了回电一直没人打，给我转人工',
  ])('"%s" still asks for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(true);
  });
});
