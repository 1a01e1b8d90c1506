/**
 * The bank's app not running on older phones, told as a reproach ("not everyone can afford a new phone", "难道要我专门
 * 买个新手机"): frustration, however calm the model reads it (sentiment/left_out_by_the_app.ts). A question whether the
 * app runs on an old phone, or what else to use, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model sure the message is calm (it read such a message 0.95 neutral): the rule alone must hand it over.
const calm = firstMessageVerdict({}, CALM);

describe('being left out by the app', () => {
  it.each([
    "The latest update no longer supports my Android 8 phone. Some of us can't afford a new handset every two years.",
    "Your banking app doesn't install on my iPhone 7 any more. What about pensioners who can't just buy a new one?",
    '新版手机银行我这旧手机装不了，不是每个人都换得起新手机吧',
    'app升级以后我的老手机用不了了，难道要我专门去买个新手机？',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'My phone is five years old, will the app still run on it?',
    "The app won't install on my mum's old phone, can she use online banking on a computer instead?",
    '我手机用了五年了，新版手机银行还能装吗',
    '老手机装不了手机银行的话，还能用网银吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
