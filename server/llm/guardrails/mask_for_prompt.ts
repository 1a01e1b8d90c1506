/**
 * Customer text goes through `maskSensitive` before it is put in any prompt, then through a second net:
 * any run of 11 or more digits still left (an account number the patterns did not recognise, digits spaced
 * or dashed) keeps only its last four. `hasLongDigitRun` is the last check before a request is sent.
 */
import { maskSensitive } from '../../privacy/mask.ts';

const LONG_DIGIT_RUN = /\d(?:[ -]?\d){10,}/g;

export function maskForPrompt(text: string): string {
  return maskSensitive(text).replace(LONG_DIGIT_RUN, (m) => {
    const digits = m.replace(/\D/g, '');
    return '*'.repeat(digits.length - 4) + digits.slice(-4);
  });
}

export function hasLongDigitRun(text: string): boolean {
  return new RegExp(LONG_DIGIT_RUN.source).test(text);
}
