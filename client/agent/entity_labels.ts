/**
 * What the customer mentioned, as "type: value". The values come masked from the server (`meta.mentions` on
 * customer lines, see server/handoff/conversation_summary.ts): a phone stays `138****5678`, a card only
 * its last four digits. Nothing here unmasks anything.
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { humanise, pair } from './i18n.ts';

export interface Mention {
  type: string;
  /** As the customer wrote it, masked. */
  text: string;
  /** A resolved value where it says more (ISO date, currency code, a tail's four digits). */
  value?: string;
}

const TYPES: Record<string, Record<Locale, string>> = {
  amount: { 'zh-CN': '金额', en: 'Amount' },
  currency: { 'zh-CN': '币种', en: 'Currency' },
  date: { 'zh-CN': '日期', en: 'Date' },
  payee: { 'zh-CN': '收款人', en: 'Payee' },
  phone: { 'zh-CN': '手机号', en: 'Phone' },
  card_tail: { 'zh-CN': '卡号尾号', en: 'Card ending' },
  account_tail: { 'zh-CN': '账号尾号', en: 'Account ending' },
};

export function entityTypeLabel(type: string, locale: Locale): string {
  return TYPES[type]?.[locale] ?? humanise(type);
}

/** The value as the agent should read it. */
export function mentionValue(m: Mention, locale: Locale): string {
  switch (m.type) {
    case 'card_tail':
    case 'account_tail':
    case 'currency':
      return m.value ?? m.text;
    case 'date':
      if (!m.value || m.value === m.text) return m.text;
      return locale === 'zh-CN' ? `${m.text}（${m.value}）` : `${m.text} (${m.value})`;
    default:
      return m.text;
  }
}

/** A `meta.mentions` entry, checked (meta is free-form on the wire). */
export function isMention(v: unknown): v is Mention {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m['type'] === 'string' &&
    typeof m['text'] === 'string' &&
    (m['value'] === undefined || typeof m['value'] === 'string')
  );
}

/**
 * "type: value" for each mention, then the bare type label for each type the summary lists that no value
 * was found for (an older server, or a value the masked text no longer shows).
 */
export function mentionedItems(
  types: readonly string[],
  mentions: readonly Mention[],
  locale: Locale,
): string[] {
  const items: string[] = [];
  for (const m of mentions) {
    const item = pair(entityTypeLabel(m.type, locale), mentionValue(m, locale), locale);
    if (!items.includes(item)) items.push(item);
  }
  for (const t of types) if (!mentions.some((m) => m.type === t)) items.push(entityTypeLabel(t, locale));
  return items;
}
