/**
 * Weariness with the bank's service in Singlish ("so sian already", "buay tahan"), and an idiom of exasperation that
 * opens its own sentence after the service's fault ("…重新刷脸。都快逼疯了"): the customer worn out by the service
 * (sentiment/exasperation_idiom_at_the_service.ts), however calm the model reads it. A name (Sian) and the idiom said
 * of one's own day are not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('Singlish weariness and an idiom opening its sentence', () => {
  it.each([
    'the app logs me out every few minutes. so sian already, pls fix',
    'card payment keep failing at the hawker centre, buay tahan already',
    '每次登录都要重新刷脸。都快逼疯了',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'My daughter Sian wants to open a savings account, what does she need?',
    '加班加得我快崩溃了。帮我查下余额',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
