/**
 * An amount and a term for a deposit ("50000 for 1 year" after the deposit rates, "存五万 三年",
 * "十万存一年利息多少", "interest on 50k fixed deposit for 2 years"): the interest worked out at the posted
 * rate for that term (deposit_rates.ts), with the article's formula and caveat, instead of the whole rates
 * article again. A term the bank does not offer ("4 years") is told the terms there are; ¥200,000 or more
 * also hears the large-denomination CD rates. Money borrowed or invested (a loan, a card's instalments, a
 * wealth product) is no deposit, nor an amount in another currency, nor a time ago ("两个月前存了五万").
 */
import type { Entity, Locale } from '../protocol/protocol.ts';
import { LARGE_CD_MINIMUM_YUAN, LARGE_CD_RATES, TIME_DEPOSIT_RATES } from './deposit_rates.ts';
import { findSlots } from './follow_up_slots.ts';

/** A deposit named: 存, 定期, 存单, "fixed deposit", "savings", "CD". */
const NAMES_DEPOSIT = /存|定期|\b(?:deposits?|fixed|savings?|save|cds?|certificates? of deposit)\b/i;
/**
 * Money borrowed, owed, invested or taken out (a loan, a card's instalments, a wealth product, breaking a
 * deposit, a stranger's scheme): its interest or return is no deposit's, and a rule taking the turn would hide
 * what the handoff policy must hear.
 */
const ELSEWHERE =
  /贷|借|分期|还款|信用卡|理财|基金|保险|国债|取|投|转(?:给|过去|到|出)|骗|\b(?:loans?|mortgages?|borrow\w*|instal+ments?|credit cards?|repay\w*|funds?|bonds?|insurance|withdraw\w*|break\w*|invest\w*|cash(?:ing)? out|scam\w*|transfer\w*)\b/i;
/** A term that is a time ago, not how long the money stays ("两个月前", "3 years ago"). */
const AGO = /^\s*(?:前|以前|之前|ago\b)/i;

/** What the customer would deposit: fen, and the term in months. */
export interface DepositSum {
  minor: number;
  months: number;
}

/** One RMB amount and one term in the message (a follow-up after the deposit rates needs no more). */
export function depositSumOf(text: string, entities: readonly Entity[]): DepositSum | null {
  if (ELSEWHERE.test(text)) return null;
  if (entities.some((e) => e.type === 'currency' && e.value !== 'CNY')) return null;
  const amounts = entities.filter((e) => e.type === 'amount' && typeof e.value === 'number');
  if (amounts.length !== 1) return null;
  const terms = findSlots(text).filter((s) => s.kind === 'term' && !AGO.test(text.slice(s.end)));
  const months = new Set(terms.map((s) => Number.parseInt(s.key, 10)));
  if (months.size !== 1) return null;
  return { minor: amounts[0]!.value as number, months: [...months][0]! };
}

/**
 * After an interest worked out, a message that changes only the amount or only the term ("what about 3 years?",
 * "那存20万呢", "if I put 100k instead"): the last sum with that one changed. Null when it names both (that is a
 * sum of its own) or neither.
 */
export function changedDepositSum(
  text: string,
  entities: readonly Entity[],
  last: DepositSum,
): DepositSum | null {
  if (ELSEWHERE.test(text)) return null;
  if (entities.some((e) => e.type === 'currency' && e.value !== 'CNY')) return null;
  const amounts = entities.filter((e) => e.type === 'amount' && typeof e.value === 'number');
  const terms = findSlots(text).filter((s) => s.kind === 'term' && !AGO.test(text.slice(s.end)));
  const months = new Set(terms.map((s) => Number.parseInt(s.key, 10)));
  if (amounts.length === 1 && months.size === 0) return { ...last, minor: amounts[0]!.value as number };
  if (amounts.length === 0 && months.size === 1) return { ...last, months: [...months][0]! };
  return null;
}

/** A first message that names a deposit with an amount and a term ("存10万定期一年利息多少"). */
export function asksDepositInterest(text: string, entities: readonly Entity[]): DepositSum | null {
  return NAMES_DEPOSIT.test(text) ? depositSumOf(text, entities) : null;
}

const percent = (rate: number): string => `${rate.toFixed(2)}%`;

/** ¥50,000 / 50,000元; with fen when `cents` ("¥550.00"). */
function money(minor: number, locale: Locale, cents = false): string {
  const yuan = (cents ? minor / 100 : Math.round(minor / 100)).toLocaleString('en-US', {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  });
  return locale === 'zh-CN' ? `${yuan}元` : `¥${yuan}`;
}

/** "1 year", "3 years", "6 months" / "1年", "6个月". */
function term(months: number, locale: Locale): string {
  const years = months % 12 === 0 ? months / 12 : null;
  if (locale === 'zh-CN') return years === null ? `${months}个月` : `${years}年`;
  if (years === null) return `${months} month${months === 1 ? '' : 's'}`;
  return `${years} year${years === 1 ? '' : 's'}`;
}

/** "1-year", "6-month". */
const adjective = (months: number): string => term(months, 'en').replace(' ', '-').replace(/s$/, '');

const interestOn = (minor: number, rate: number, months: number): number =>
  Math.round((minor * rate * months) / 1200);

/** The interest worked out, in the customer's language; or the terms there are. */
export function depositInterestReply(sum: DepositSum, locale: Locale): string {
  const { minor, months } = sum;
  const zh = locale === 'zh-CN';
  const rate = TIME_DEPOSIT_RATES.get(months);
  const list = [...TIME_DEPOSIT_RATES]
    .map(([m, r]) => (zh ? `${term(m, locale)}${percent(r)}` : `${term(m, locale)} ${percent(r)}`))
    .join(zh ? '、' : ', ');
  if (rate === undefined) {
    return zh
      ? `沙盒银行整存整取定期的存期和年利率是：${list}，没有${term(months, locale)}期的。您选一个存期，我帮您算${money(minor, locale)}的利息。`
      : `Sandbox Bank's time deposits come in these terms: ${list}; there is no ${adjective(months)} term. Tell me which term you'd like and I'll work out the interest on ${money(minor, locale)}.`;
  }
  const interest = money(interestOn(minor, rate, months), locale, true);
  const years = months % 12 === 0 ? `${months / 12}` : `${months}/12`;
  const principal = money(minor, locale);
  const lines = zh
    ? [
        `${principal}存${term(months, locale)}整存整取定期，年利率${percent(rate)}，到期利息约${interest}（利息＝本金×年利率×存期：${principal}×${percent(rate)}×${years}年）。这是沙盒银行自定示例利率，以办理时App和网点公布为准。`,
      ]
    : [
        `${principal} in a ${adjective(months)} time deposit at ${percent(rate)} earns about ${interest} at maturity (interest = principal × annual rate × term: ${principal} × ${percent(rate)} × ${years} year${years === '1' ? '' : 's'}). That is the sandbox bank's example rate; the rate posted in the app and branches on the day applies.`,
      ];
  if (minor >= LARGE_CD_MINIMUM_YUAN * 100) {
    const cds = [...LARGE_CD_RATES]
      .map(([m, r]) => (zh ? `${term(m, locale)}${percent(r)}` : `${percent(r)} for ${term(m, locale)}`))
      .join(zh ? '、' : ' and ');
    const cdRate = LARGE_CD_RATES.get(months);
    const cd = cdRate === undefined ? null : money(interestOn(minor, cdRate, months), locale, true);
    lines.push(
      zh
        ? `${money(LARGE_CD_MINIMUM_YUAN * 100, locale)}起也可以买大额存单：${cds}${cd ? `，这笔钱存${term(months, locale)}到期利息约${cd}` : ''}。`
        : `From ${money(LARGE_CD_MINIMUM_YUAN * 100, locale)} a large-denomination CD pays ${cds}${cd ? `; over ${term(months, locale)} that would be about ${cd}` : ''}.`,
    );
  }
  lines.push(
    zh
      ? '可以在App“存款-定期存款”办理，也可以带身份证和银行卡到网点办理。'
      : 'Open one in the app under "Deposits" or at a branch.',
  );
  return lines.join(zh ? '' : ' ');
}
