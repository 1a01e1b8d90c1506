/**
 * How long someone has waited, in the console's language: seconds under a minute, then whole minutes
 * ("12 秒" / "12 s", "3 分钟" / "3 min"). Queue rows tick it every second; the supervisor's averages use it too.
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { tr } from './i18n.ts';

export function durationText(seconds: number, locale: Locale): string {
  const sec = Math.max(0, Math.round(seconds));
  return sec < 60 ? tr('seconds', locale, { n: sec }) : tr('minutes', locale, { n: Math.floor(sec / 60) });
}

/** The wait since `since` (epoch ms). */
export function waitText(since: number, locale: Locale, now = Date.now()): string {
  return durationText((now - since) / 1000, locale);
}
