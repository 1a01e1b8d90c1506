/**
 * A form filled in by hand for every payment, asked to be saved as a template or a payee (recurring_step_to_save.ts):
 * "每次…都得重新输一遍账号，能不能存成常用收款人", "Every time I… I have to type his sort code in again. Can I save him as
 * a payee?". A request, not having to repeat oneself to the bank; with exasperation beside it it is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a form asked to be saved', () => {
  it.each([
    '每次给老家的爸妈汇生活费都得重新输一遍账号，能不能存成常用收款人',
    'Every time I send money to my landlord I have to type his sort code in again. Can I save him as a payee?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '每次都得重新输账号，烦死了，你们就不能记住吗',
    "Every time I have to type it all in again, I'm sick of it, why can't you save it?",
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
