/**
 * A person on the phone asked for ("Can I just phone somebody about this instead?", "a real person at the other end",
 * 打过去那头是人接吗): an ask for a person, even beside a question for the number (a_person_on_the_phone_asked_for.ts).
 * The number alone, or a call the customer had, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM, frustrationAlarm } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a person on the phone asked for', () => {
  it.each([
    'Can I just phone somebody about this instead? This chat is going in circles.',
    "What's the helpline number, and is there a real person at the other end?",
    '你们热线打过去那头是人接吗？号码多少',
    '我直接打电话过去，那边是人接听的吧',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });

  // The model's ask for a person does not stand for a bare question for the number.
  const asking = firstMessageVerdict({}, { ...frustrationAlarm(0.01), explicit: 0.9, neutral: 0.08 });
  it.each(["What's your customer service number?", '客服电话是多少'])(
    '"%s" is no ask for a person',
    (text) => {
      expect(calm(text)).toBeNull();
      expect(asking(text)).toBeNull();
    },
  );
});
