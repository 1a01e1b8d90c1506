/**
 * A member of staff asked whether they are there ("话务员在吗", "客服在不在？", "operator, are you there?"): an ask for a
 * person now, however calm the model reads it (staff_asked_whether_there.ts). The hours asked ahead ("周末客服在吗",
 * "is an adviser there on Saturdays?") and the assistant asked ("你在吗") are not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a member of staff asked whether there', () => {
  it.each([
    '话务员在吗',
    '喂，客服在不在？',
    '请问大堂经理在嘛',
    'operator, are you there?',
    'Is an agent on the line?',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });

  it.each(['周末客服在吗', '你在吗', 'Is an adviser there on Saturdays?'])(
    '"%s" is no ask for a person',
    (text) => {
      expect(calm(text)?.reason).not.toBe('asked_for_human');
    },
  );
});
