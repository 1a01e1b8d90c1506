/**
 * Why the last sign-in failed, kept as data so the message follows the console's language switch. A
 * lockout is told in minutes once it is longer than a minute and a half ("try again in 14 min").
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { tr } from './i18n.ts';

export type LoginError =
  { kind: 'invalid' } | { kind: 'throttled'; retryAfterSec: number } | { kind: 'failed' };

/** Longer waits than this are told in whole minutes, rounded up. */
export const SECONDS_SHOWN_UP_TO = 90;

export function loginErrorText(error: LoginError, locale: Locale): string {
  if (error.kind === 'invalid') return tr('loginInvalid', locale);
  if (error.kind === 'failed') return tr('loginFailed', locale);
  const sec = Math.max(1, Math.ceil(error.retryAfterSec));
  return sec > SECONDS_SHOWN_UP_TO
    ? tr('loginThrottledMin', locale, { min: Math.ceil(sec / 60) })
    : tr('loginThrottled', locale, { sec });
}
