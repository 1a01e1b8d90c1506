/**
 * A message that only says again which amount was meant: "I said 300", "no, I said 300", "it was 300 not
 * 3000", "I meant 300", "no it's 300", "make it 300 instead of 3000", "3000? no, 300", "我说的是300", "不对，是三百",
 * "我说的是300，不是3000", "3000不对，是300", "不要转3000了，转300". Read on its shape: with the amounts taken out, what
 * is left is only the words of a correction (no, I said, it was, 不对, 我说的是, 不是…) and nothing else. The
 * handoff model heard "I said 300" as a fraud report (0.98) and "我说的是3000" as frustration, and the handoff
 * steps run before the flows; a running payment flow takes such a message first (amount_correction_step.ts).
 * A story around an amount ("a policeman told me to send 300 to a safe account") has words of its own and is
 * none. Which amount is meant is meant_amount.ts's to say; a message that names an amount only as the wrong
 * one ("not 3000") is none.
 */
import type { Entity } from '../protocol/protocol.ts';
import { meantAmount } from './meant_amount.ts';

/** Where an amount stood. */
const AMOUNT = '#';

/** Units an amount may be followed by when the extractor left them out of its span. */
const ZH_UNIT = String.raw`(?:元|块钱?|人民币|rmb|yuan|cny)?`;
/** Leading words: "不对，", "不是，", "错了", "哦", "那". */
const ZH_LEAD = String.raw`(?:(?:不对|不是|错了|搞错了|弄错了|说错了|你?听错了|你?看错了|哦|噢|呃|额|嗯|那就|那),?)*`;
/** What comes right before the amount meant: "我说的是", "我刚才说的是", "应该是", "是", "转", "改成". */
const ZH_SAID = String.raw`(?:我?(?:刚才|刚刚|明明|本来)?(?:说的是|说的|说了|说|讲的是|讲的|写的是|输的是|打的是|要的是|要转的是|想转的是|是说|的意思是|意思是)|(?:应该|其实|金额|金额应该|应该要)?是|我?(?:要|想)?(?:转|汇|改成|改为|换成|转成))`;
/** The amount said to be wrong, before the one meant: "不是3000，", "不要转3000了，", "3000不对，". */
const ZH_WRONG_BEFORE = String.raw`(?:(?:不是|不要转?|没说|没有说)${AMOUNT}${ZH_UNIT}了?,?|${AMOUNT}${ZH_UNIT}(?:不对|错了),?)?`;
/** …or after it: "，不是3000", "而不是3000". */
const ZH_WRONG_AFTER = String.raw`(?:,?而?不是${AMOUNT}${ZH_UNIT})?`;
const ZH = new RegExp(
  String.raw`^${ZH_LEAD}${ZH_WRONG_BEFORE}${ZH_SAID}?${AMOUNT}${ZH_UNIT}(?:才对|就行|就好|好了)?${ZH_WRONG_AFTER}(?:吧|啊|呀|呢|哦|嘛|啦)?$`,
  'u',
);

/** Leading words: "no, ", "sorry, ", "wait, ", "that's wrong, ". */
const EN_LEAD = String.raw`(?:(?:no|nope|nah|sorry|oops|wait|hold on|wrong|that'?s wrong|that is wrong|that'?s not right|not right|incorrect|actually|oh|uh|um|hmm|no no)[ ,.!]+)*`;
/** What comes right before the amount meant: "I said", "it was", "it's", "make it", "send". */
const EN_SAID = String.raw`(?:i (?:said|meant|typed|wrote|asked for|told you|want(?:ed)?(?: to (?:send|transfer|pay))?|need(?:ed)? to (?:send|transfer|pay))|(?:it|that) (?:was|is|should be|should have been)|it'?s|that'?s|should be|(?:the )?amount (?:is|was|should be)|make (?:it|that)|change (?:it|that|the amount) to|(?:just )?(?:send|transfer|pay))`;
/** Said after the amount meant: "I said", "please", "instead". */
const EN_AFTER = String.raw`(?: (?:i said|i meant|is what i (?:said|meant)|please|pls|instead|only|then|actually))?`;
/** The amount said to be wrong, before the one meant: "not 3000, ", "3000? no, ". */
const EN_WRONG_BEFORE = String.raw`(?:not ${AMOUNT}[ ,]+(?:but |i said |it'?s |it is )?|${AMOUNT} ?\?[ ,]*(?:no|nope)[ ,]+)?`;
/** …or after it: " not 3000", ", not 3000", " instead of 3000", " rather than 3000". */
const EN_WRONG_AFTER = String.raw`(?:[ ,]+(?:and |but )?(?:not|instead of|rather than) ${AMOUNT})?`;
const EN = new RegExp(
  String.raw`^${EN_LEAD}${EN_WRONG_BEFORE}(?:${EN_SAID} )?(?:only )?${AMOUNT}${EN_AFTER}${EN_WRONG_AFTER}[ .!]*$`,
  'u',
);

/** Longer than this, a message says more than which amount was meant. */
const MAX_LENGTH = 60;

/** The message with each amount replaced by `AMOUNT`, lower case, one kind of quote. */
function shape(text: string, amounts: readonly Entity[]): string {
  let s = text;
  for (const a of [...amounts].sort((x, y) => y.start - x.start))
    s = `${s.slice(0, a.start)} ${AMOUNT} ${s.slice(a.end)}`;
  return s.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Whether the message only says which amount was meant. `amounts`: the amount entities heard in it (offsets
 * into `text`).
 */
export function onlyCorrectsAmount(text: string, amounts: readonly Entity[]): boolean {
  if (amounts.length === 0 || amounts.length > 2 || text.length > MAX_LENGTH) return false;
  if (!meantAmount(text, amounts)) return false;
  const s = shape(text, amounts);
  const zh = s
    .replace(/ /g, '')
    .replace(/[，,、;；]+/g, ',')
    .replace(/[。.!！~～]+$/u, '');
  return ZH.test(zh) || EN.test(s.replace(/ ?, ?/g, ', '));
}
