/**
 * A question outside banking asked for fun, of general knowledge, a trip or a word to translate ("tell me about
 * ancient rome", "how do you say thank you in japanese", "去成都旅游有什么推荐", "谢谢用日语怎么说") is no frustration and
 * no scam, though the handoff model heard one or the other in it (sentiment/chit_chat_question.ts). Anything about
 * money or the bank in it, or a model sure of a scam, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, frustrationAlarm } from '../testing/model_readings.ts';

/** The model hears frustration, as the trained one did in "tell me about the three kingdoms" (0.58 of 0.61). */
const upset = firstMessageVerdict({}, frustrationAlarm(0.8));
/** The model hears a scam, as the trained one did in "苹果用法语怎么说" (0.54). */
const scam = firstMessageVerdict({}, fraudAlarm(0.6));

const FOR_FUN = [
  'tell me about ancient rome',
  'how do you say thank you in japanese',
  'plan a trip to lisbon for me',
  '去成都旅游有什么推荐',
  '谢谢用日语怎么说',
  '给我讲讲三国的故事',
];

describe('a question outside banking asked for fun', () => {
  it.each(FOR_FUN)('"%s" stays with the assistant whether the model hears anger', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each(FOR_FUN)('"%s" stays with the assistant whether the model hears a scam', (text) => {
    expect(scam(text)).toBeNull();
  });

  it('a model sure of a scam still stands', () => {
    expect(firstMessageVerdict({}, fraudAlarm(0.95))('谢谢用日语怎么说')?.reason).toBe('fraud_risk');
  });

  it.each([
    'tell me about your ridiculous fees',
    'tell me about the safe account the police told me to use',
    '去外地旅游 卡被冻结了怎么办',
    '“安全账户”用英语怎么说',
  ])('"%s" is read as before', (text) => {
    expect(upset(text)).not.toBeNull();
  });
});
