/**
 * "both debit and credit" / "借记卡和信用卡都丢了" when a loss report asks which card (or before, while the phone
 * is asked): which cards are lost, not a question about credit reports (the knowledge base heard "credit").
 * The flow notes both kinds. It reports one card at a time (the customer picks when they have several); the
 * read-back says which card the report covers and how the other kind is reported: their other card by asking
 * again once this one is done, or, when no credit card of theirs is found here, through the app's Credit Card
 * page or the credit card hotline, so nobody thinks it was stopped too.
 */
import type { BankCard } from '../banking/core_banking.ts';
import { maskNumber } from '../banking/money.ts';
import type { Locale } from '../protocol/protocol.ts';

const DEBIT = /借记卡|储蓄卡|debit/i;
const CREDIT = /信用卡|贷记卡|credit/i;

/** Names a debit and a credit card together. */
export function namesBothCardKinds(text: string): boolean {
  return DEBIT.test(text) && CREDIT.test(text);
}

const isCredit = (card: BankCard): boolean => /credit/i.test(card.product.en);

/** Said before the read-back of a loss report for both kinds: which card it covers, and the other kind. */
export function bothKindsNote(card: BankCard, cards: readonly BankCard[], locale: Locale): string {
  const named = (c: BankCard): string =>
    `${locale === 'en' ? c.product.en.toLowerCase() : c.product[locale]} ${maskNumber(c.tail)}`;
  const which = named(card);
  const other = cards.find((c) => c !== card && isCredit(c) !== isCredit(card));
  if (locale === 'zh-CN')
    return other
      ? `这次挂失的是${which}，不含${named(other)}：办完后说“挂失${other.product[locale]}”即可接着挂失。`
      : `这次挂失的是${which}。我这里查不到您名下的信用卡，信用卡请在App“信用卡”页面或拨打信用卡客服热线挂失。`;
  return other
    ? `This report is for your ${which}, not your ${named(other)}: once it is done, say "report my ${other.product.en.toLowerCase()} lost" to report that one too.`
    : `This report is for your ${which}. I can't find a credit card of yours here; to report a credit card lost, use the "Credit Card" page in the app or call the credit card hotline.`;
}
