/**
 * What a member of staff said or did before, told as a report ("人工说让我在app上改", "the agent said I could…",
 * "got a callback from your fraud line"), is no ask for a person now; an ask that names what the person should
 * do ("让客服给我打个电话", "have an agent call me", "I want a callback") still is.
 */
import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';

describe('staff met before, told as a report', () => {
  it.each([
    '之前打过你们客服，人工说让我在app上自己操作，app上怎么改预留手机号',
    '今天下午有个你们的工作人员打电话核实我的开户信息，他自报工号了，能帮我查一下这个工号吗',
    '柜员告诉我新卡七天能寄到，现在第五天，正常吧',
    'I phoned last week and the agent said I could change my mobile number in the app, where is that?',
    'Got a callback from your official fraud line about a payment to my accountant and I confirmed it was me. Anything else I need to do?',
    'The advisor told me this fund is risk level 4, what does that mean?',
  ])('"%s" is no ask for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(false);
  });

  it.each([
    '能不能让你们客服给我打个电话',
    '叫客服跟我说',
    '客服说让我找你们经理，我要找经理',
    '人工客服说的不对，我要找人工',
    'I want a callback',
    'have an agent call me',
    'the agent said to call back, can you connect me to a human',
  ])('"%s" still asks for a person', (text) => {
    expect(isExplicitHumanRequest(text)).toBe(true);
  });
});
