/**
 * A feeling the customer reports of someone else ("My son is annoyed his student account has such a low
 * overdraft", "我妈有点不高兴，问能不能提高额度"): it is that person's, told calmly, not the customer's anger at the
 * bank. Only the span from the person to the feeling word is taken; "my wife is furious and so am I" keeps the
 * customer's own.
 */

const PERSON_ZH =
  '(我妈|我爸|我妈妈|我爸爸|我儿子|我女儿|我老公|我老婆|我爱人|我朋友|我同事|我哥|我姐|我弟|我妹|我奶奶|我爷爷|我外婆|我外公|孩子|儿子|女儿|老公|老婆|朋友|同事|邻居|老板|客户)';
const PERSON_EN =
  "(my|his|her|our) (son|daughter|kid|kids|child|children|wife|husband|partner|mum|mom|mother|dad|father|parents|friend|colleague|coworker|neighbou?r|boss|brother|sister|gran|grandma|grandad|grandpa|client|flatmate|roommate)('s)?";

/** From the person to the feeling: "my son is annoyed", "我妈有点不高兴". */
const OTHERS_FEELING = new RegExp(
  `${PERSON_ZH}(说|觉得|感觉|有点|有些|很|特别|非常|挺|也|都|就)*[^，。！？我]{0,4}(生气|不高兴|不满意|不满|郁闷|着急|失望|烦|不爽)` +
    `|\\b${PERSON_EN} (is|was|gets|got|feels|felt|seems|seemed|has been|'s)( a bit| quite| really| very| so| pretty| rather| getting)? (annoyed|upset|angry|frustrated|unhappy|disappointed|cross|fed up|worried|furious|stressed)\\b(?! and so am i| too and so am i)`,
  'g',
);

/** Start and end offsets of someone else's feelings in a lower-cased text. */
export function someoneElsesFeelingSpans(lower: string): Array<[number, number]> {
  return [...lower.matchAll(OTHERS_FEELING)].map((m) => [m.index, m.index + m[0].length]);
}
