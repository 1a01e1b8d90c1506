/**
 * A refusal of the bank's thrown back in disbelief, with doubled or mixed marks or 居然 / "seriously" ("你们不收硬币？？",
 * "a bank that won't take cash?!"): frustration, however calm the model reads the question in it. A plain question
 * about what the bank accepts, 收不收 asked as a choice, and a shop's refusal are not (refusal_met_with_disbelief.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a refusal of the bank thrown back in disbelief', () => {
  it.each([
    '带了一袋五毛的硬币来存，柜台说不收？？银行连硬币都不收？？',
    '你们居然不给我换新钞，过年发红包用的',
    "Brought in a jar of pound coins and you won't take them?? A bank that won't take cash?",
    'The branch refused to change my old notes?! They are still legal tender.',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '你们网点收硬币吗？一般存多少需要预约',
    '你们收不收外币现钞？？',
    'Do you take coins at the counter? How many can I pay in at once?',
    "The corner shop won't take £50 notes?? Can I swap mine for twenties at the branch?",
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
