/**
 * The verification steps as replies with verify cards. A verify card with `verify: {method, digits}` takes a
 * code or PIN and sends `verify.submit`; a verify card without `verify` asks for the phone number, which
 * the page sends as an ordinary message (the phone entity starts the code).
 */
import type { Locale } from '../protocol/protocol.ts';
import type { StartOutcome } from '../verification/verification_service.ts';
import { say } from './flow_messages.ts';
import { card, type FlowOutput } from './flow_replies.ts';

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
