/**
 * What the customer sees: a past complaint mentioned kindly, with what changed since ("去年投诉过大堂没座位，今天加了好多椅子，
 * 不错", "I complained about the queues and you've opened another counter since, thanks"), before a plain question, stays
 * with the assistant (past_complaint_seen_to_kindly.ts). The same complaint still open goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

// The trained model's own reading, as a customer would meet it: the complaint word is read by rule as a threat unless
// the complaint is told over and praised.
const verdict = firstMessageVerdict();

describe('a past complaint seen to and mentioned kindly', () => {
  it.each([
    '去年投诉过你们大堂没座位，今天来一看加了好多椅子，不错。想问下怎么开户',
    '之前投诉过取号机老坏，这回来换了新的，点赞。请问理财在哪个窗口',
    "I complained about the queues last month and you've opened another counter since, thanks. Where do I change currency?",
    'I made a complaint about the car park lighting in spring and it has all been replaced, much better. What time do you close?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '上个月投诉过排队的事，到现在也没改，挺好',
    '去年投诉过你们大堂没座位，今天来还是没有。我要投诉',
    'I complained about the queues last month and it is still the same. I want to make a complaint again.',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
