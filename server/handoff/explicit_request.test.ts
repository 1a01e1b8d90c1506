import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';

describe('an explicit request for a person', () => {
  it.each([
    '转人工',
    '人工客服',
    '我要找真人',
    '请帮我接通客服人员',
    '叫你们经理来',
    '有人吗？',
    '我想跟银行的人谈一谈',
    'talk to a human',
    'agent please',
    'Representative',
    'can I speak to someone',
    'connect me to customer service',
    'I need to speak to an actual human being',
    'Could someone from your team call me back',
  ])('is recognised in "%s"', (t) => {
    expect(isExplicitHumanRequest(t)).toBe(true);
  });

  it.each([
    '人工智能是什么',
    '太让人失望了',
    '你们的客服电话是多少',
    'I want to send money to a person',
    "what's your customer service number",
    'how do I transfer money to someone',
    'what are your opening hours',
  ])('is not read into "%s"', (t) => {
    expect(isExplicitHumanRequest(t)).toBe(false);
  });
});
