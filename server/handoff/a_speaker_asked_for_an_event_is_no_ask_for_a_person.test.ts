/**
 * "我们公司下周要搞一个反诈宣传 想问问你们银行能不能派个人过来给员工讲一讲": someone sent to give a talk or a training at the
 * customer's company is an event to arrange, not an ask for a person to take over the conversation, in both
 * locales. Someone sent for the customer's own matter ("派个人过来给我讲清楚", "send someone to talk to me") and an
 * explicit ask for a person beside the event still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { loadHandoffConfig } from './handoff_config.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';

const config = loadHandoffConfig({});
const reader = new HandoffSignalReader(config.trendAlpha);
const policy = new HandoffPolicy(config);
/** Whether the classifier's human_agent intent stands for this first message. */
const asksForAPerson = (text: string): boolean =>
  !policy.vetoed('asked_for_human', reader.read(text, HandoffExtension.parse({})));

describe('a speaker asked for an event', () => {
  it.each([
    '就是我们公司下周要搞一个反诈宣传 想问问你们银行能不能派个人过来给员工讲一讲 大概五十个人 在高新区那边',
    '我们社区想办个防诈骗讲座，你们银行能派个人来讲讲吗',
    'our company is running a scam awareness week, could you send someone to give a talk to our staff?',
    'Could one of your team come and run a budgeting workshop for our students?',
  ])('"%s" is no ask for a person', (text) => {
    expect(asksForAPerson(text)).toBe(false);
  });

  it.each([
    '你们能不能派个人过来给我讲清楚这笔扣费',
    '我们公司要办反诈宣传，先给我转人工',
    'send someone to talk to me about this charge',
    'we are planning a training session, can I speak to a human about it',
  ])('"%s" still asks for a person', (text) => {
    expect(asksForAPerson(text)).toBe(true);
  });
});
