/**
 * An errand the customer has to hurry off to, told beside impatience at how slow things are here and spoken without
 * punctuation, is frustration with the bank (errand_to_hurry_to.ts): the kids, the train or work are why the wait
 * hurts, not what the customer vents about. Anger at those themselves stays off topic.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const byRules = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('an errand to hurry to beside impatience at the pace', () => {
  it.each([
    '磨磨蹭蹭的我还得去接孩子呢这效率',
    '好慢啊我还要赶地铁回去上班',
    'too slow honestly I have a bus to catch',
  ])('"%s" is frustration, whatever the model reads', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
    expect(byRules(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '孩子又发烧了烦死了 帮我查下余额',
    '我得去接孩子了 帮我查下余额',
    'the train was cancelled again so annoying, can I check my balance',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
