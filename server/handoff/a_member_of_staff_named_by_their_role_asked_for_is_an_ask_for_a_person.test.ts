/**
 * What the customer sees: a member of staff named by their role (a relationship manager, a loan officer; 信贷员, 对公客户经理)
 * asked to talk with them or to call them, however calm the model reads the matter told first
 * (a_member_of_staff_named_by_their_role_asked_for.ts). Whether such a person is needed, something of theirs and what
 * one said before stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const withCalmModel = firstMessageVerdict({}, CALM);

describe('a member of staff named by their role asked for', () => {
  it.each([
    '我们打算明年在杭州开第二家门店，需要一笔经营贷，流水和报表都准备好了，能让信贷员给我打个电话吗',
    '公司刚注册下来，要开基本户，法人在外地出差，想跟对公客户经理聊一下',
    "We're remortgaging our flat in Leeds next spring and my partner is self-employed. Could we speak to one of your mortgage advisers?",
    "I'm setting up a small import business with my brother and need a trade account. Can a lending officer give me a call on Thursday?",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    '申请经营贷需要找信贷员签字吗',
    '信贷员说我的材料不全，还要补什么',
    "Can I have the loan officer's email address?",
    'Does a loan officer have to visit the house before the loan is approved?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
