/**
 * A fund's (or a wealth product's) new manager, named as news about the fund ("这只基金换经理了，还拿着吗", "产品换了
 * 新经理，收益掉了一半，要不要赎回"): 换经理 there is the fund house's change, not the customer asking to change the member of
 * staff they speak to. Its words are blanked before the explicit-request patterns read the message, so "能换个经理吗" or
 * "换个客户经理跟我聊" still asks for a person. (In English "the fund got a new manager" is no ask already.)
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** The fund or the product named, then its manager changed: 基金换经理了, 产品换了新的基金经理, 这只基金经理换人了. */
const FUNDS_NEW_MANAGER = new RegExp(
  String.raw`(基金|理财产品|产品|这只|那只|这支|那支)${C}{0,6}(换|换了|更换(了)?|变更(了)?|又换)(了)?(个|一个|一位|新的?)?(基金)?经理`,
  'gu',
);

/** The text with a fund's new manager blanked (same length). */
export function withoutAFundsNewManager(text: string): string {
  return text.replace(FUNDS_NEW_MANAGER, (m) => ' '.repeat(m.length));
}
