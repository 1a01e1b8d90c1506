/**
 * Which messages come from a customer with a disability or ask about service for one (answered by the
 * accessibility_services article whatever the intent model hears), and which do not: an older customer's
 * frailty (the elderly-services article), a disability benefit, idioms, a disabled card, a request the chat
 * carries out.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutDisability } from './disability_question.ts';

describe('questions from or about customers with a disability', () => {
  it.each([
    '我是盲人，能开户吗',
    '我耳朵听不见，可以办业务吗',
    '聋哑人怎么办卡',
    '有没有手语服务',
    '视障人士怎么用手机银行',
    '我坐轮椅，网点有无障碍通道吗',
    '残疾人办业务有什么便利',
    "I'm blind, can I still open an account",
    'I use a wheelchair, can I get into the branch',
    "I'm deaf, can I do everything by chat?",
    'I am hard of hearing, can I use text only?',
    'my son is deaf, can he open an account',
    'Do you have sign language service',
  ])('"%s" does', (text) => {
    expect(asksAboutDisability(text)).toBe(true);
  });

  it.each([
    '老人腿脚不方便',
    '我妈80多岁了腿脚不方便，能不能上门办业务',
    '我妈80岁了坐轮椅，能上门办业务吗',
    '老人视力不好，看不清柜台的单子',
    'my mum is 85 and uses a wheelchair, can someone come to her home',
    '残疾人补贴到账了吗',
    '盲盒理财靠谱吗',
    '我看不见余额',
    '我是盲人，帮我查一下余额',
    'my complaints fell on deaf ears',
    'my card is disabled',
    "I can't see my balance in the app",
  ])('"%s" does not', (text) => {
    expect(asksAboutDisability(text)).toBe(false);
  });
});
