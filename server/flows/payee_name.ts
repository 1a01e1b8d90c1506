/**
 * A saved payee as the customer knows them in the conversation's language. A payee is saved under one name
 * and other spellings (`aliases`: 张三 / Zhang San). In English, a name saved in Chinese characters is said
 * the way the customer named the payee ("Zhang San", or 张三 when they typed that), and when they gave no name
 * (a relationship, an account number) and on the payees offered, by its first spelling in Latin letters: an
 * English reader saw "Payee: 张三". Otherwise, and in Chinese, by the name saved, as before.
 */
import type { Payee } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';

const HAN = /\p{Script=Han}/u;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]*$/u;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `said`: the name the customer gave the payee by, when they gave one. */
export function payeeName(payee: Pick<Payee, 'name' | 'aliases'>, locale: Locale, said?: string): string {
  if (locale !== 'en' || !HAN.test(payee.name)) return payee.name;
  const spelling = said === undefined ? undefined : [payee.name, ...payee.aliases].find((n) => same(n, said));
  if (spelling) return spelling.trim();
  return payee.aliases.find((a) => LATIN.test(a.trim()))?.trim() ?? payee.name;
}
