/**
 * Masks card, account, phone and national ID numbers in free text before it is logged, stored or shown
 * to anyone but the customer. Only the last four digits survive (a phone keeps its first three as well,
 * as Chinese banks print them). Amounts, dates and short codes are left alone.
 */
import { maskCodesSaid } from './code_in_message.ts';

// Mainland resident ID: 6-digit area, birth date 18xx/19xx/20xx MMDD, 3 digits, check digit or X.
const CN_ID =
  /(?<![0-9A-Za-z])([1-9]\d{5})(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// Mainland mobile: 11 digits starting 1[3-9], optionally +86 / 86 and spaces or dashes in 3-4-4 groups.
const CN_MOBILE = /(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g;
// International style phone: +CC then 7-12 more digits with separators.
const INTL_PHONE = /(?<![\d+])\+\d{1,3}[ -]?(?:\(?\d{1,4}\)?[ -]?){1,4}\d{2,4}(?!\d)/g;
// North American style: (555) 123-4567 / (555)123-4567 / 555-123-4567.
const NA_PHONE = /(?<!\d)(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/g;
// National format with a trunk 0: UK 07700 900123 / 020 7946 0958, mainland landline 010-12345678 /
// 0755-1234-5678 (10-12 digits in all, in up to three groups; never a decimal like 0.05).
const TRUNK_PHONE = /(?<![\d.,*-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d.,])/g;
// Card and account numbers: 12-19 digits, optionally grouped by spaces or dashes.
const CARD = /(?<!\d)\d(?:[ -]?\d){11,18}(?!\d)/g;
// Passport-like: a letter followed by 8 digits (E12345678), or HK/Macau style.
const PASSPORT = /(?<![A-Za-z0-9])[A-Za-z]{1,2}\d{7,8}(?![A-Za-z0-9])/g;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function keepLast4(s: string): string {
  const d = digitsOf(s);
  return '*'.repeat(Math.max(4, d.length - 4)) + d.slice(-4);
}

/** Full-width digits (１３８…), as Chinese input methods type them: masked like ASCII digits. */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]/g;
/**
 * Every pattern above needs a plus sign before a digit (international phones) or seven digits in one run,
 * with at most two separators between two of them ("(555) 123-4567"); most messages and replies (amounts,
 * dates, a card's last four digits) have neither and are returned as they are.
 */
const MAYBE_SENSITIVE = /\+\d|\d(?:[ ().-]{0,2}\d){6}/;

export function maskSensitive(text: string): string {
  const t = FULL_WIDTH_DIGIT.test(text)
    ? text.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10))
    : text;
  if (!MAYBE_SENSITIVE.test(t)) return t;
  return t
    .replace(CN_ID, (m) => '*'.repeat(m.length - 4) + m.slice(-4).toUpperCase())
    .replace(CN_MOBILE, (_m, a: string, _b: string, c: string) => `${a}****${c}`)
    .replace(INTL_PHONE, (m) => keepLast4(m))
    .replace(NA_PHONE, (m) => keepLast4(m))
    .replace(CARD, (m) => keepLast4(m))
    .replace(TRUNK_PHONE, (m) => (digitsOf(m).length >= 10 ? keepLast4(m) : m))
    .replace(PASSPORT, (m) => m[0] + '*'.repeat(m.length - 1 - 3) + m.slice(-3));
}

/** A message that is only a 4-8 digit number is most likely a one-time code or PIN typed into the chat. */
const BARE_CODE = /^\s*\d{4,8}\s*$/;

/**
 * A customer's own message as the transcript keeps it and the pages show it: a bare code, or a code or PIN
 * said with its name ("验证码是204806", "the code is 124219"), as six stars; card, phone and ID numbers masked
 * (`maskSensitive`).
 */
export function maskCustomerMessage(text: string): string {
  return BARE_CODE.test(text) ? '******' : maskSensitive(maskCodesSaid(text));
}

/** True when the text still contains something that looks like a full card, phone or ID number. */
export function containsSensitive(text: string): boolean {
  return maskSensitive(text) !== text;
}
