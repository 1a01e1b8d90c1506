/**
 * The messages the turn benchmarks send: ten everyday messages by default (quick replies and common
 * questions repeat in real traffic), or the `text,locale` rows of a CSV file.
 */
import { readCsvFile, requireColumn } from '../../server/content/csv.ts';
import type { Locale } from '../../server/protocol/protocol.ts';

export interface BenchMessage {
  locale: Locale;
  text: string;
}

export const EVERYDAY_MESSAGES: readonly BenchMessage[] = [
  { locale: 'zh-CN', text: '你好' },
  { locale: 'zh-CN', text: '我想查一下余额' },
  { locale: 'zh-CN', text: '你们几点开门' },
  { locale: 'zh-CN', text: '信用卡账单怎么还' },
  { locale: 'zh-CN', text: '卡丢了怎么办' },
  { locale: 'en', text: 'hello' },
  { locale: 'en', text: 'what is my balance' },
  { locale: 'en', text: 'how much does a transfer cost' },
  { locale: 'en', text: 'I lost my card' },
  { locale: 'en', text: 'what are your opening hours' },
];

/** `text,locale` rows of a CSV file, shuffled so sessions of one locale do not walk the file in step. */
export function loadMessages(path: string): BenchMessage[] {
  const table = readCsvFile(path);
  const texts = requireColumn(table, 'text', path);
  const locales = requireColumn(table, 'locale', path);
  const rows: BenchMessage[] = [];
  texts.forEach((text, i) => {
    const locale = locales[i];
    if (text.trim() === '') return;
    if (locale !== 'zh-CN' && locale !== 'en') throw new Error(`${path}: row ${i + 2}: locale "${locale}"`);
    rows.push({ locale, text });
  });
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  if (rows.length === 0) throw new Error(`${path}: no messages`);
  return rows;
}

/** The n-th message of session idx, in the session's own locale (session idx speaks messages[idx]'s). */
export function nextMessage(messages: readonly BenchMessage[], idx: number, n: number): string {
  const locale = messages[idx % messages.length]!.locale;
  for (let k = 0; k < messages.length; k++) {
    const m = messages[(idx + n * 7 + k) % messages.length]!;
    if (m.locale === locale) return m.text;
  }
  return messages[idx % messages.length]!.text;
}
