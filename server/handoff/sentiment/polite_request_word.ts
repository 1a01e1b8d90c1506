/**
 * 麻烦 as the polite "would you mind" of a request ("麻烦帮我催一下好吗", "麻烦您查一下", "麻烦你们给看看"), not the trouble
 * of "好麻烦" / "麻烦死了". The lexicon reads 麻烦 as a problem word; asking the bank kindly to do something is none.
 * "太麻烦了", "好麻烦", "麻烦死了" and 麻烦 anywhere else are read as before.
 */

/** 麻烦 directly before the one asked or the thing asked of them. */
const POLITE_MAFAN = /麻烦(你|您|你们|客服)?(帮|给|看|处理|查|催|问|跟进|核实|确认|解释)/g;

/** The lower-cased text with the polite 麻烦 of a request blanked (offsets kept). */
export function withoutPoliteRequestWord(lower: string): string {
  return lower.replace(POLITE_MAFAN, (m) => ' '.repeat(2) + m.slice(2));
}
