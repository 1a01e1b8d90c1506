/**
 * A household bill to be paid into a "temporary" account before a cut-off: "断电前要交到临时账户，能秒到吗", "they'll
 * cut off my gas unless I pay into a temporary account today". A power, water, gas or phone company is paid in its own
 * app, at its counters or to its own published account, never into a "temporary" or "transitional" account that a
 * caller gives; the cut-off is the pressure and the account is the scammer's.
 *
 * Not a real bill paid before a cut-off ("要停电了，电费在app里怎么交", "my power will be cut off, how do I pay the
 * bill?"), nor a company's own temporary deposit account opened at the bank (no cut-off in it), nor a question in
 * general (`hypothetical`) or one turned down (`notActed`).
 */
import { re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

export const TEMPORARY_ACCOUNT_CUT_OFF_CUES = {
  /** A supply cut off or about to be (断电, 停水, "disconnect", "cut off my power"). */
  supplyCutOff: re(
    String.raw`断电|停电|断水|停水|停气|断气|断网|停机|\bcut(ting)? (off|me off|the (power|electricity|gas|water|supply|internet|phone)|my (power|electricity|gas|water|supply|internet|phone))\b|\bdisconnect\w*\b|\bshut(ting)? off\b`,
  ),
  /** A "temporary" or "transitional" account to pay into. */
  temporaryAccount: re(
    String.raw`临时(的)?(收款)?(账户|账号|户头|卡)|过渡(账户|账号)|\b(temporary|temp|interim|transitional) (bank )?(account|payee|account number)\b`,
  ),
};

type Cue = keyof typeof TEMPORARY_ACCOUNT_CUT_OFF_CUES | 'notActed' | 'hypothetical';

/** A bill paid into a temporary account before a cut-off. */
export const TEMPORARY_ACCOUNT_CUT_OFF_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['supplyCutOff', 'temporaryAccount'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
];
