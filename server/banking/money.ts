/**
 * Money is an integer number of minor units (fen for CNY) everywhere: entities, slots, Redis, Lua. These
 * helpers only format it for people; nothing parses a formatted string back.
 */
import type { Locale } from '../protocol/protocol.ts';

/** ¥52,300.00 / CNY 52,300.00; negative amounts get a leading minus sign. */
export function formatMoney(minor: number, locale: Locale, currency = 'CNY'): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(minor));
  const major = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  const symbol = currency === 'CNY' ? (locale === 'zh-CN' ? '¥' : 'CNY ') : `${currency} `;
  return `${sign}${symbol}${major}.${cents}`;
}

/** Yuan to fen for seed data and limits written by people (e.g. 50_000 yuan). */
export function yuan(amount: number): number {
  return Math.round(amount * 100);
}

/** The last four digits of an account or card number. */
export function tailOf(number: string): string {
  return number.replace(/\D/g, '').slice(-4);
}

/** How an account or card number is shown on a screen: **** 1234. */
export function maskNumber(number: string): string {
  return `**** ${tailOf(number)}`;
}

/** A name shown in audit records and lobby screens: first character kept (张*, J***). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}
