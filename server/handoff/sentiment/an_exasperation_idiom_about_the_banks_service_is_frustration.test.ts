/**
 * A calm question, then an idiom of exasperation about the bank's app, login or codes ("it's doing my head in", 快把我逼疯了)
 * is frustration, however calm the model reads the question (exasperation_idiom_at_the_service.ts). The same idiom about
 * the boss, the kids or the traffic is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the idiom alone must be heard.
const calm = firstMessageVerdict({}, CALM);

describe('an exasperation idiom about the bank’s service', () => {
  it.each([
    'Where do I see my statements? Also the login keeps rejecting my password, honestly it is doing my head in',
    'how do I add a payee. btw the app signs me out every minute, it drives me up the wall',
    '手机银行怎么查流水？另外你们app老是闪退，真的要把我逼疯了',
    '怎么改预留手机号？你们这验证码一会儿一个，我都快崩溃了',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'My toddler drives me crazy today. Anyway, what is the savings rate?',
    'The traffic was driving me nuts this morning, is the branch open till five?',
    '老板快把我逼疯了，说正事，怎么查余额',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
