/**
 * A polite report that also tells the hardship the problem causes ("Kindly explain why my card has been blocked for a
 * week… This is causing real hardship.", "…给我们家造成了很大困扰，麻烦解释一下原因好吗") is no calm report: the model's
 * frustration is not set aside (polite_report_of_a_possible_error.ts). The same report without it stays calm.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('the hardship a problem causes', () => {
  it.each([
    'Kindly explain why my card has been blocked for a week now. I have done the ID check already. This is causing real hardship.',
    '账户冻结快两周了，材料都交了，给我们家造成了很大困扰，麻烦解释一下原因好吗',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'Hello, could you look into why my pension has not arrived this month?',
    '账户冻结快两周了，材料都交了，麻烦解释一下原因好吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
