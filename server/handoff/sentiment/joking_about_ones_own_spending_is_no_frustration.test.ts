/**
 * What the customer sees: a question about their own spending wrapped in a joke at their own expense ("我上个月到底花哪了
 * 算了还是告诉我吧😂", "how much did i even spend this month 💀 actually dont tell me") gets the transactions, not
 * a person (sentiment/own_spending_dread.ts). 到底 asked of the bank's charges, or "why" about fees, still goes to
 * a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a joke about one's own spending", () => {
  it.each([
    '我上个月到底花哪了 算了还是告诉我吧😂',
    '我这个月到底刷了多少 算了还是别告诉我了😂',
    'how much did i even spend this month 💀 actually dont tell me... ok tell me',
    'how much did i even spend on takeaways this week 😭',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们到底扣了我多少 别告诉我又是年费',
    'how much did i even spend on your fees this month, why so many 🙈',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
