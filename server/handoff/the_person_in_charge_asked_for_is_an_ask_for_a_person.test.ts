/**
 * The person in charge asked for ("想找一下你们网点负责人谈谈", "叫你们行长来", "能约支行主任聊聊吗"): an ask for a person, never
 * set aside as a place sought or a contact question (explicit_request.ts). A signature or a stamp of theirs asked about,
 * or what they said, is not. English asks for "the branch manager" are read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('the person in charge asked for', () => {
  it.each([
    '想找一下你们支行负责人，聊聊我们厂代发工资的合作',
    '叫你们行长来，这事我要当面说',
    '能约网点主任聊聊吗',
    'Could I speak to the branch manager about our payroll account?',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });

  it.each(['开户表上要填单位负责人的姓名吗', '开对公账户要网点负责人盖章吗', '网点负责人说让我在app上改'])(
    '"%s" is no ask for a person',
    (text) => {
      expect(calm(text)?.reason).not.toBe('asked_for_human');
    },
  );
});
