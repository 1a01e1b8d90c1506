/**
 * What the customer sees: a word of exasperation at a parent or a partner who keeps pushing the customer ("服了 我妈非逼我
 * 学记账 说我乱花", "ugh my mum keeps nagging me to save, so annoying") before a plain question stays
 * with the assistant (sentiment/family_nagging.ts), even when the trained model is unsure. The same words with a grievance against the bank in the
 * relative's errand still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe("a relative's nagging", () => {
  it.each([
    '服了 我妈非逼我学记账 说我乱花 app里有账单分析吗',
    '无语 我爸天天催我存定期 说年轻人就该攒着 三年的利率多少',
    'ugh my mum keeps nagging me to save, so annoying lol. whats the interest on the easy saver',
    'my gf keeps making me split everything 50/50 ffs lol, can i set up a shared pot',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '无语 我妈非让我来问你们为什么扣她年费',
    'ugh my mum keeps making me ring you because you charged her twice, sort it out',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
