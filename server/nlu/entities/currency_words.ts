/**
 * How currencies are written, mapped to ISO 4217 codes. `standalone` words are currencies on their own
 * (我想换美元, buy some euros); the rest only count next to a number (五百块, $200, 20 pounds), because
 * alone they mean something else (元旦, 一块儿, "pounds" of weight).
 *
 * `¥` is read as CNY: this is a mainland bank; the yen is written 日元, JPY, JP¥ or yen.
 */

export interface CurrencyWord {
  text: string;
  code: string;
  standalone: boolean;
  /** Written before the number ($200, RMB 300, 人民币500元). */
  prefix: boolean;
  /** Written after the number (500元, 200 dollars, 300 RMB). */
  suffix: boolean;
}

function w(
  text: string,
  code: string,
  opts: Partial<Omit<CurrencyWord, 'text' | 'code'>> = {},
): CurrencyWord {
  return { text, code, standalone: true, prefix: false, suffix: true, ...opts };
}
const SYMBOL = { standalone: false, prefix: true, suffix: false } as const;
const CODE = { prefix: true, suffix: true } as const;
const ATTACHED = { standalone: false } as const;

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  // Chinese
  w('人民币', 'CNY', { prefix: true }),
  w('元', 'CNY', ATTACHED),
  w('元钱', 'CNY', ATTACHED),
  w('块', 'CNY', ATTACHED),
  w('块钱', 'CNY', ATTACHED),
  w('美元', 'USD', { prefix: true }),
  w('美金', 'USD', { prefix: true }),
  w('美刀', 'USD'),
  w('欧元', 'EUR', { prefix: true }),
  w('日元', 'JPY', { prefix: true }),
  w('日币', 'JPY'),
  w('港币', 'HKD', { prefix: true }),
  w('港元', 'HKD', { prefix: true }),
  w('英镑', 'GBP', { prefix: true }),
  w('澳元', 'AUD'),
  w('澳币', 'AUD'),
  w('加元', 'CAD'),
  w('加币', 'CAD'),
  w('新加坡元', 'SGD'),
  w('新币', 'SGD'),
  w('韩元', 'KRW'),
  w('瑞士法郎', 'CHF'),
  w('法郎', 'CHF'),
  w('新台币', 'TWD'),
  w('澳门元', 'MOP'),
  w('卢布', 'RUB'),
  w('泰铢', 'THB'),
  // Symbols
  w('¥', 'CNY', SYMBOL),
  w('CN¥', 'CNY', SYMBOL),
  w('JP¥', 'JPY', SYMBOL),
  w('$', 'USD', SYMBOL),
  w('US$', 'USD', SYMBOL),
  w('HK$', 'HKD', SYMBOL),
  w('A$', 'AUD', SYMBOL),
  w('C$', 'CAD', SYMBOL),
  w('S$', 'SGD', SYMBOL),
  w('€', 'EUR', SYMBOL),
  w('£', 'GBP', SYMBOL),
  w('₩', 'KRW', SYMBOL),
  // English words and codes
  w('RMB', 'CNY', CODE),
  w('CNY', 'CNY', CODE),
  w('yuan', 'CNY'),
  w('renminbi', 'CNY'),
  w('USD', 'USD', CODE),
  w('US dollars', 'USD'),
  w('US dollar', 'USD'),
  w('dollars', 'USD'),
  w('dollar', 'USD'),
  w('bucks', 'USD', ATTACHED),
  w('EUR', 'EUR', CODE),
  w('euros', 'EUR'),
  w('euro', 'EUR'),
  w('JPY', 'JPY', CODE),
  w('yen', 'JPY'),
  w('HKD', 'HKD', CODE),
  w('Hong Kong dollars', 'HKD'),
  w('HK dollars', 'HKD'),
  w('GBP', 'GBP', CODE),
  w('pounds', 'GBP', ATTACHED),
  w('pound sterling', 'GBP'),
  w('sterling', 'GBP', ATTACHED),
  w('AUD', 'AUD', CODE),
  w('Australian dollars', 'AUD'),
  w('CAD', 'CAD', CODE),
  w('Canadian dollars', 'CAD'),
  w('SGD', 'SGD', CODE),
  w('Singapore dollars', 'SGD'),
  w('KRW', 'KRW', CODE),
  w('won', 'KRW', ATTACHED),
  w('CHF', 'CHF', CODE),
  w('Swiss francs', 'CHF'),
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const hasLatin = (s: string): boolean => /[A-Za-z]$/.test(s);

/** Alternation of the given words, longest first; Latin words must end at a word boundary. */
export function currencyPattern(filter: (c: CurrencyWord) => boolean): string {
  return CURRENCY_WORDS.filter(filter)
    .map((c) => c.text)
    .sort((a, b) => b.length - a.length)
    .map(
      (t) =>
        (/^[A-Za-z]/.test(t) ? '(?<![A-Za-z])' : '') +
        escape(t).replace(/ /g, '\\s+') +
        (hasLatin(t) ? '(?![A-Za-z])' : ''),
    )
    .join('|');
}

const BY_TEXT = new Map(CURRENCY_WORDS.map((c) => [c.text.toLowerCase(), c.code]));

/** ISO code for a written currency (case and inner spacing ignored). */
export function currencyCode(written: string): string | undefined {
  return BY_TEXT.get(written.toLowerCase().replace(/\s+/g, ' '));
}
