/**
 * "and my savings?" / "那储蓄账户呢？" right after the balance was shown: the customer's other accounts, not the
 * deposit-rates article (the knowledge base heard "savings") nor account opening. The balance check runs
 * again over all their accounts, led by a line that says these are all of them, and, when none of them is a
 * savings account by name, that there is no separate one. The balance shown is remembered for the flow idle
 * time (`context.extensions.balanceShown`).
 */
import { z } from 'zod';
import type { Account } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';

const Shown = z.object({ at: z.number() });

/** A balance shown: remembered for its follow-ups. */
export function noteBalanceShown(context: DialogueContext, now: Date): DialogueContext {
  const shown = { at: now.getTime() };
  rememberValid(Shown, shown);
  return { ...context, extensions: { ...context.extensions, balanceShown: shown } };
}

/** Whether a balance was shown within `idleMs`. */
export function balanceJustShown(context: DialogueContext, now: Date, idleMs: number): boolean {
  const shown = parseExtension(Shown, context.extensions.balanceShown);
  return shown !== null && now.getTime() - shown.at <= idleMs;
}

/** A short follow-up about another account: "and my savings?", "what about my other accounts", "储蓄账户呢". */
const EN =
  /^(?:and|what about|how about|also|and what about)\s+(?:my|the)\s+(?:savings?|other|another|second)(?:\s+(?:accounts?|cards?|one))?\s*[?.!]*$|^(?:my\s+)?(?:savings(?:\s+account)?|other accounts?)\s*\?+$/i;
const ZH =
  /^(?:那|那么|还有)?(?:我的)?(?:储蓄(?:账户|帐户|卡)?|存款(?:账户)?|其他(?:的)?(?:账户|帐户|卡)|另(?:外)?一个(?:账户|帐户|卡)?|第二个(?:账户|卡)?)(?:的余额)?(?:呢|有多少|还有多少)[？?。]*$/u;

export function asksAboutOtherAccounts(text: string): boolean {
  const t = text.trim();
  return EN.test(t) || ZH.test(t);
}

const SAVINGS = /savings|储蓄/i;
const SAVINGS_ASKED = /savings?|储蓄|存款/i;

/**
 * The line before the balances: how many accounts they have, and in English, asked about savings when none is
 * named so, that there is no separate savings account.
 */
export function otherAccountsNote(accounts: readonly Account[], text: string, locale: Locale): string {
  const none =
    SAVINGS_ASKED.test(text) &&
    !accounts.some((a) => SAVINGS.test(a.label.en) || SAVINGS.test(a.label['zh-CN']));
  // In Mandarin a debit account is itself a 储蓄账户 (储蓄卡), so the accounts are listed without saying none is.
  if (locale === 'zh-CN') return `您在本行名下共有${accounts.length}个账户：`;
  const count = accounts.length === 1 ? 'one account' : `${accounts.length} accounts`;
  return none
    ? `You have no separate savings account with us; you have ${count}.`
    : `You have ${count} with us.`;
}
