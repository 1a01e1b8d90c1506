/**
 * Something the app does each time, asked about as a setting (app_behaviour_asked_about_as_a_setting.ts): "every
 * time" / 每次 tells how the app behaves, not that the customer had to repeat themselves; the model's frustration
 * stands down. With a word of exasperation beside it, it is frustration as before.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

const upset = firstMessageVerdict({}, frustrationAlarm(0.75));

describe('the app’s behaviour asked about as a setting', () => {
  it.each([
    'The app asks for my fingerprint every time I open a statement. Is there a setting to turn that off?',
    'every time I lock my phone the app signs me out, can I turn that off?',
    '每次切到微信再回来，手机银行就要重新登录，有没有地方能设置',
  ])('"%s" stays with the assistant', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each([
    'The app logs me out every time I switch apps, it is so annoying! Is there a setting?',
    '为什么每次切出去都要重新登录，烦死了，有没有地方能关掉',
    'how do I turn off the transfer alerts every time I pay, I dont want my wife to know',
  ])('"%s" is not set aside by this rule', (text) => {
    expect(upset(text)?.reason).toBe('negative_sentiment');
  });
});
