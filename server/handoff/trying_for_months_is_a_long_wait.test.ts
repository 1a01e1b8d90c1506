/**
 * "yeah sorry i know it's not your fault but i've been trying to update my address for two months and the letters
 * are still going to my old flat": trying for months is a long wait, frustration however politely told, as "已经两个
 * 月了" already was in Mandarin. Trying once, or for a moment, is not.
 */
import { describe, expect, it } from 'vitest';
import { RuleSentimentScorer } from './sentiment/sentiment_scorer.ts';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const scorer = new RuleSentimentScorer();
const verdict = firstMessageVerdict();

describe('trying for months', () => {
  it.each([
    "yeah sorry i know it's not your fault but i've been trying to update my address for two months and the letters are still going to my old flat",
    "I've tried to close this account for three weeks and it's still open",
    '我改地址已经两个月了，信还是寄到老房子',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    "i've been trying to update my address, where do i do that in the app?",
    '我想改一下地址，在app哪里改',
  ])('"%s" is not', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(-0.3);
    expect(verdict(text)).toBeNull();
  });
});
