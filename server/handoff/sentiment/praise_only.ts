/**
 * Praise and nothing else, in English: "Just wanted to let you know the new app design is really clean, well done.",
 * "kudos to the team, the new transfer screen is much easier". The handoff model heard frustration in such messages
 * (0.80). Praise beside a problem, a "but", a question, sarcasm or anything the lexicon reads as negative ("well done,
 * locked out again") is read as before, and so is praise beside money moved or a task, the words of a scam story.
 *
 * Praise with a cost told beside it is sarcasm, the oldest way to complain ("love how the app logs me out every five
 * minutes, brilliant"): a length of time, a wait, something done to the customer, or the words that turn praise into
 * irony leave the message to the model. Mandarin praise is left to the model altogether: 阴阳怪气, praise said to
 * mean its opposite ("服务真贴心", "点个赞"), is how Mandarin speakers most often complain politely, and a Mandarin
 * praise stand-down cost frustrated messages on two of the blind sets (aggregate figures) while sparing no measured
 * false escalation.
 */
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

const PRAISE =
  /\b(well done|good job|great job|nice job|nice work|great work|kudos|hats off|props to|keep it up|thumbs up|big improvement|love the new|(really|very|so|super) (clean|nice|smooth|slick|intuitive|easy to use|helpful|patient|friendly)|much (better|easier|faster|cleaner|smoother))\b/;
/** A problem, a contrast, a question or a repetition beside the praise. */
const NOT_ONLY_PRAISE =
  /[?？]|\d|\b(but|however|though|except|again|still|shame|wish|if only|why|not|no|never|wow|cheers for|thanks for|charg\w*|fees?|locked|declined|failed|broke\w*|crash\w*|lost|twice|bug\w*|froze|frozen|block\w*|doesn'?t|won'?t|can'?t|isn'?t|stopped)\b/;
/** A cost told beside the praise, or the words that make it irony. */
const SARCASM_AROUND_PRAISE =
  /\b(brilliant|just great|love how|love that|thanks a lot|thanks a bunch|made me|kept me|wait\w*|hours?|days?|minutes?|queue\w*|every time|always|yet)\b/;
/** Money moved, a task or a commission: the words of a scam story, never praise alone. */
const MONEY_OR_TASK = /\b(pay|paid|send|sent|transfer\w*|deposit\w*|tasks?|commission)\b/;

/**
 * Praise given on purpose ("just wanted to say the new app update is brilliant") with the ease it brought told beside it
 * ("found my statements in 2 taps", "paid in seconds"): a benefit, not a cost, so "brilliant" and the count are no irony.
 */
const PRAISE_GIVEN =
  /^\s*(hi,? |hello,? )?(i )?(just )?(wanted|want) to (say|let you know|tell you)\b[^.?!]{0,60}\b(is|was|are|were|looks) (brilliant|great|excellent|fantastic|amazing|superb|so good)\b/;
const EASE =
  /\b(in|with) (just |only )?(\d+|one|two|three|a couple of|a few) (taps?|clicks?|seconds?|secs?)\b/g;

/** The whole message praises, in English, and says nothing else (see the file comment). */
export function isPraiseOnly(text: string, sentiment: SentimentAnalysis): boolean {
  const raw = ruleText(text);
  const given = PRAISE_GIVEN.test(raw);
  const lower = given
    ? raw.replace(EASE, ' ').replace(/\b(brilliant|great|excellent|fantastic|amazing|superb)\b/g, 'well done')
    : raw;
  return (
    !/\p{Script=Han}/u.test(lower) &&
    (PRAISE.test(lower) || given) &&
    !NOT_ONLY_PRAISE.test(lower) &&
    !SARCASM_AROUND_PRAISE.test(lower) &&
    !MONEY_OR_TASK.test(lower) &&
    sentiment.score >= 0 &&
    !sentiment.sarcasm &&
    !sentiment.repetition &&
    !sentiment.shouting &&
    sentiment.threat === null
  );
}
