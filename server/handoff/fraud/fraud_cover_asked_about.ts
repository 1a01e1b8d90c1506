/**
 * The bank's cover for fraud, asked about ahead of time ("Trying to understand your fraud guarantee. If someone used my
 * card without me knowing, would I get the money back?", "如果卡被盗刷了，你们会全额赔吗"): a question about a policy,
 * told in the words of a loss that has not happened. The model hears a frustrated victim in "used my card without me
 * knowing" and "get the money back"; the conditional says it has not happened.
 *
 * Not when it did happen (already, yesterday, "my card was used", "被盗刷了三千"), or with anger at the bank beside
 * it: those are read as before.
 */

/** A conditional opening the loss. */
const IF_IT_HAPPENED =
  /\b(if|what if|suppose|in case)\b[^.?!]{0,12}\b(someone|somebody|a (fraudster|scammer|thief)|my card|my account|i('m| am| was| get| got)?)\b[^.?!]{0,40}\b(used|uses|stole|steals|stolen|cloned|hacked|scammed|defrauded|without (me|my))\b|(如果|万一|要是|假如|假设)[^，。！？]{0,10}(盗刷|被盗|被骗|被刷|冒用|被人用)/u;

/** The bank's cover: the money back, refunded, covered, a guarantee. */
const COVER =
  /\b(get (my|the|it|that) money back|money back|refund(ed)?|reimburs\w+|covered|cover (it|me)|guarantee|liable|liability)\b|(赔|退|返还|追回|垫付|承担|保障|兜底)/u;

/** It happened, or the customer is angry. */
const HAPPENED =
  /\b(already|yesterday|today|last (night|week)|this (morning|week)|my card (was|has been|got) (used|stolen|cloned)|i (was|have been|got) (scammed|defrauded)|ridiculous|useless|disgusting|joke)\b|已经|昨天|今天|刚才|被盗刷了|被骗了|[!！]{2,}/u;

/** Whether a lower-cased message asks about the bank's cover for a fraud that has not happened (see the file comment). */
export function isFraudCoverAskedAbout(lower: string): boolean {
  return IF_IT_HAPPENED.test(lower) && COVER.test(lower) && !HAPPENED.test(lower);
}
