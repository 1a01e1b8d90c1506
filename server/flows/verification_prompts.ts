/**
 * The verification steps as replies with verify cards. A verify card with `verify: {method, digits}` takes a
 * code or PIN and sends `verify.submit`; a verify card without `verify` asks for the phone number, which
 * the page sends as an ordinary message (the phone entity starts the code).
 */
import type { Locale } from '../protocol/protocol.ts';
import type { CodeStatus, StartOutcome } from '../verification/verification_service.ts';
import { say } from './flow_messages.ts';
import { card, joinText, type FlowOutput } from './flow_replies.ts';

export function askPhone(locale: Locale): FlowOutput {
  return { text: say('askPhone', locale), card: card('verify', say('askPhoneTitle', locale), []) };
}

export function askCode(locale: Locale, phoneMasked: string): FlowOutput {
  return {
    text: say('codeSent', locale, { phone: phoneMasked }),
    kioskText: say('codeSentKiosk', locale),
    card: card('verify', say('codeTitle', locale), [[say('phoneLabel', locale), phoneMasked]], {
      sensitive: true,
      verify: { method: 'otp', digits: 6 },
      actions: [{ label: say('resend', locale), text: say('resend', locale) }],
    }),
  };
}

const ZH_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A count as the kiosk says it (五, 十五, 六十 / five, fifteen, sixty): the code box is a sensitive card, so
 * the kiosk's words may hold no digits. Counts of 100 or more stay digits (the kiosk then points to the screen).
 */
function spoken(n: number, locale: Locale): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (locale === 'zh-CN')
    return n < 10
      ? ZH_NUMBERS[n]!
      : `${tens === 1 ? '' : ZH_NUMBERS[tens]!}十${ones === 0 ? '' : ZH_NUMBERS[ones]!}`;
  return n < 20 ? EN_NUMBERS[n]! : `${EN_TENS[tens]!}${ones === 0 ? '' : `-${EN_NUMBERS[ones]!}`}`;
}

/**
 * "I forgot the code" / "没收到验证码" while the code is awaited: where the code went and how long it is valid
 * (or that it expired), that a new one can be sent (now, or in how many seconds) and replaces the old, and
 * the lockout rule; with the code box and its resend button, and the resend as a quick reply. Nothing is sent
 * until the customer asks; the flow waits.
 */
export function codeHelp(locale: Locale, phoneMasked: string, status: CodeStatus): FlowOutput {
  const build = (phone: string, num: (n: number) => string | number): string => {
    const min = num(status.validMin);
    return joinText(
      locale,
      status.live
        ? say('codeHelpLive', locale, { phone, min })
        : say('codeHelpExpired', locale, { phone, min }),
      status.resendInSec > 0
        ? say('codeHelpResendLater', locale, { sec: num(status.resendInSec) })
        : say('codeHelpResendNow', locale),
      say('codeHelpLockout', locale, {
        window: num(status.failureWindowMin),
        max: num(status.maxFailures),
        lock: num(status.lockMin),
      }),
    );
  };
  const resend = { label: say('resend', locale), text: say('resend', locale) };
  return {
    ...askCode(locale, phoneMasked),
    text: build(phoneMasked, (n) => n),
    // Spoken Chinese has no spaces between words ("五分钟内有效").
    kioskText: build(say('yourPhone', locale), (n) => spoken(n, locale)).replace(
      locale === 'zh-CN' ? / /g : /(?!)/g,
      '',
    ),
    quickReplies: [resend],
  };
}

export function askPin(locale: Locale): FlowOutput {
  return {
    text: say('askPin', locale),
    card: card('verify', say('pinTitle', locale), [], { verify: { method: 'pin', digits: 6 } }),
  };
}

export function locked(locale: Locale, minutes: number): FlowOutput {
  const agent = { label: say('agentLabel', locale), text: say('agent', locale) };
  return {
    text: say('locked', locale, { min: minutes }),
    card: card('warning', say('lockedTitle', locale), [], { actions: [agent] }),
    quickReplies: [agent],
  };
}

/**
 * No code was sent for this conversation (the phone had one moments ago for another): say so, and when the
 * customer may ask for one, with the resend button; no code box, since there is no code to enter yet.
 */
export function awaitOwnCode(locale: Locale, resendAt: number, now: Date): FlowOutput {
  const sec = Math.ceil((resendAt - now.getTime()) / 1000);
  const resend = { label: say('resend', locale), text: say('resend', locale) };
  return {
    text: sec > 0 ? say('codeForAnotherChat', locale, { sec }) : say('resendNow', locale),
    quickReplies: [resend],
  };
}

/** The reply to a phone number or a resend: code sent, still cooling down, or locked. */
export function afterPhone(outcome: StartOutcome, locale: Locale, now: Date): FlowOutput {
  if (outcome.status === 'locked') return locked(locale, outcome.lockedForMin);
  if (outcome.status === 'cooldown' && outcome.state.resendAt !== undefined)
    return awaitOwnCode(locale, outcome.state.resendAt, now);
  const code = askCode(locale, outcome.state.phoneMasked ?? '');
  if (outcome.status === 'cooldown')
    return {
      ...code,
      text: say('cooldown', locale, { sec: outcome.retryInSec }),
      kioskText: say('codeSentKiosk', locale),
    };
  return code;
}
