/**
 * Someone else's phone that nobody answers (the payee of a slip, a seller: "对方手机一直关机", "their phone just rings
 * out") is no anger at the bank (someone_elses_phone_unanswered.ts). The bank's hotline unanswered, or the bank's own
 * adviser who stopped answering, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('someone else’s phone unanswered', () => {
  it.each([
    '不小心多输了个零，转给了一个陌生人，对方电话打不通，能帮我追回来吗',
    'I sent 300 to the wrong person by mistake and their phone just rings out. How do I get it back?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['你们的客服电话一直打不通', '你们的理财经理卖了我基金，现在她电话打不通'])(
    '"%s" goes to a person',
    (text) => {
      expect(verdict(text)?.reason).toBe('negative_sentiment');
    },
  );
});
