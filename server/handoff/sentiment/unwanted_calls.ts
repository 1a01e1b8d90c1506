/**
 * Calls or texts from strangers that keep coming ("I keep getting calls from withheld numbers and I never answer
 * them", "老是接到陌生号码的电话 我都不接"): what keeps coming is a nuisance from outside the bank, told as the reason for a
 * protective note or setting, so "keep getting" there is no complaint about having to repeat oneself to the bank, and
 * its words weigh as off topic. "I keep getting calls from your bank and nobody fixes my card" is still repetition.
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

const UNWANTED_CALLS = new RegExp(
  [
    // "keep getting calls from withheld numbers", "keeps getting these scam texts".
    String.raw`\b(keep|keeps|kept) (getting|receiving) (\w+ ){0,3}(calls?|texts?|messages?|emails?)\b (from )?(withheld|unknown|private|hidden|blocked|strange|random|foreign|overseas|international|no caller id|numbers? (i|she|he|we) (don'?t|do not|didn'?t) (know|recogni[sz]e)|people (i|she|he) (don'?t|do not) know|scammers?|cold callers?)[^.?!,]{0,20}`,
    String.raw`\b(keep|keeps|kept) (getting|receiving) (\w+ )?(scam|spam|nuisance|cold|dodgy|junk|robo|weird|strange|random|suspicious|silent) (calls?|texts?|messages?|emails?)\b`,
    // "老是接到陌生号码的电话", "天天有骚扰电话".
    String.raw`(老是|总是|经常|天天|一直|老|总)${C}{0,2}(有|接到|收到)${C}{0,2}(陌生|不认识的|骚扰|诈骗|奇怪的|境外|外地|乱七八糟的)${C}{0,4}(号码|电话|短信|信息)`,
  ].join('|'),
  'gu',
);

/** Start and end offsets of every stranger's calls that keep coming, in a lower-cased text. */
export function unwantedCallSpans(lower: string): Array<[number, number]> {
  return [...lower.matchAll(UNWANTED_CALLS)].map((m) => [m.index, m.index + m[0].length]);
}
