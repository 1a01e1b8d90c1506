/**
 * Something an update stopped, asked about calmly as a known issue ("Is it a known issue?", "是不是已知的问题",
 * broken_by_an_update.ts) is a question for the assistant, not frustration. Anger or a long wait beside it still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('an update breakage asked about as a known issue', () => {
  it.each([
    "Updated your app from the App Store and now fingerprint login won't work. Is it a known issue?",
    '应用商店提示更新你们的app，更新完刷脸登录就用不了了，是不是已知的问题',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'Your useless update broke fingerprint login AGAIN, third time this month. Is this a known issue or do you just not care?',
    '又更新又用不了，刷脸登录坏了三天了，你们到底有没有人管，是不是已知的问题',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
