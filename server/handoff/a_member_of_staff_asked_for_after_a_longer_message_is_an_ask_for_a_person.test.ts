/**
 * What the customer sees: a member of staff asked for at the end of a longer message about something else ("…so can
 * we have someone from the branch", "…could I set up a call with one of your team?") goes to a person
 * (staff_member_asked_to_be_had_or_called.ts), however calm the model reads the matter told first. Something of a
 * member of staff's, whether a call is needed, and staff told about stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const withCalmModel = firstMessageVerdict({}, CALM);

describe('a member of staff asked for after a longer message', () => {
  it.each([
    '我爸八十多了耳朵不好，想把我加成他账户的共同签字人，他不信任屏幕，能不能来个工作人员',
    '下个月全家搬去澳洲，想问下定期、房贷和自动扣款都怎么处理，能约你们一位同事通个电话吗',
    "My dad's 85 and has trouble with his eyes, he wants to give me power of attorney over his savings. He won't use the screen, so could we get one of your tellers, please?",
    "I'm retiring in March and need to sort out my pension lump sum, two ISAs and the joint account with my wife. Could I set up a call with one of your team?",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    '你们员工的工号在哪能查到',
    "Can I have a staff member's email address?",
    'Do I need to book a call with your staff to close my ISA?',
    'My daughter is one of your staff, can she open the account for me?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
