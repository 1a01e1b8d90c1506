/**
 * A bank card's status as a card field shows it, on its own line: "Frozen" / "已冻结", "Reported lost" /
 * "已挂失". `CARD_STATUS_NAMES` words it to sit inside a sentence ("None of your cards is frozen"), lower
 * case in English; a field starts with a capital. A status the names do not know (another core's) is shown
 * as unknown in the customer's language, never as the core's own key.
 */
import type { CardStatus } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import { CARD_STATUS_NAMES } from './flow_messages.ts';

const UNKNOWN: Record<Locale, string> = { 'zh-CN': '未知', en: 'Unknown' };

export function cardStatusLabel(status: CardStatus, locale: Locale): string {
  const name = CARD_STATUS_NAMES[status]?.[locale] ?? UNKNOWN[locale];
  return locale === 'en' ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}
