/**
 * The council or roadworks vented first, counted and all, then a plain request of the bank (council_and_roadworks.ts):
 * "街道办又把门口的路挖开了，这是今年第四次了", "The council dug up the pavement outside again, that's the third time".
 * Not the bank's doing: the request stays with the assistant. The bank's own app failing again is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('the council or roadworks, then a plain request', () => {
  it.each([
    '街道办又把门口的路挖开了，这是今年第四次了，烦死了。怎么开存款证明',
    "The council dug up the pavement outside again, that's the third time, I'm livid. Where do I find my sort code?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们app这个月第四次崩了，烦死了',
    "Your app crashed for the third time this week, I'm livid. How do I set up a standing order?",
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
