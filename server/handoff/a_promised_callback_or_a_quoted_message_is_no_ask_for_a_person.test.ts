/**
 * A call back already promised, told as a report ("说会有专员回电，回过来的号码也是热线那个号吗", "they said someone
 * would call me back. Will it show as your main number?"), and a message the customer received, quoted ("老收到
 * “您的账户异常请回电”"), are no ask for a person: the customer asks whether the call or the number is genuine. A
 * promise broken and a person asked for, or a call back asked for in the customer's own words, still are.
 */
import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';

describe('a promised call back or a quoted message', () => {
  it.each([
    '我打了卡背面的客服热线，说会有专员回电，回过来的号码也是热线那个号吗',
    '热线答应我两小时内会有人回电话，到时候显示的是哪个号码',
    '我爸老年机老收到什么“您的账户异常请回电”，他都不知道真假，能不能把他的卡设成只能在柜台大额转账',
    'I called the number on the back of my card and they said someone would call me back within the hour. Will it show as your main number?',
    "The hotline told me a specialist will call me back tomorrow. How do I know it's really you?",
    'My mum keeps getting texts saying "urgent: call us back about your account" and can\'t tell if they\'re real. Can her card be limited?',
  ])('"%s" is no ask for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(false);
  });

  it.each([
    '客服说会有专员回电，到现在都没人打来，我要找人工',
    '让专员给我回个电话',
    '我都说了“转人工”了',
    'They said someone would call me back, nobody did. Get me a real person.',
    'have someone call me back',
    'Can you call me back please',
  ])('"%s" still asks for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(true);
  });
});
