/**
 * "那人工什么时候上班", "when will someone be available?": a question about when agents are there, answered with
 * the service hours, not another ask for a person; "转人工", "when is the branch open" and the question with an
 * ask for a person now beside it ("…我现在就想找人") are not it.
 */
import { describe, expect, it } from 'vitest';
import { isAgentHoursQuestion } from './agent_hours_question.ts';
import { isExplicitHumanRequest } from './explicit_request.ts';

describe('agent hours questions', () => {
  it.each([
    '那人工什么时候上班',
    '人工客服几点上班',
    '客服几点有人',
    '什么时候有人工',
    '人工服务时间是几点到几点',
    'when will someone be available?',
    'when are your agents online',
    'what are your agent hours?',
    'when can I talk to a person',
  ])('"%s" asks for the hours', (text) => {
    expect(isAgentHoursQuestion(text)).toBe(true);
  });

  it.each([
    '转人工',
    '我要人工客服',
    'agent please',
    'when is the branch open',
    '你们几点开门',
    '大概多久回电',
    '人工坐席几点上班？我现在就想找人',
  ])('"%s" does not', (text) => {
    expect(isAgentHoursQuestion(text)).toBe(false);
  });

  it('an ask for a person beside the question is still one', () => {
    expect(isExplicitHumanRequest('人工坐席几点上班？我现在就想找人')).toBe(true);
  });
});
