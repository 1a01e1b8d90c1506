/**
 * The clauses of a message, cut at clear joints: sentence punctuation (，。；？！ and their Western forms) and
 * words that join a second request to a first (还有, 顺便, 另外, 再问, 以及, 然后, 对了; "by the way", and "and",
 * "also", "and then", "plus" before a question word or a request verb: "what's my balance and what's the USD
 * rate", not "the new place also pays through you"). The joining words are taken off the clause they lead
 * ("顺便问下美元汇率" → "问下美元汇率"), as are words that only lead into a question ("我想问一下那个"), so each
 * clause reads as a message of its own; the clauses on either side of a joining word are marked `joined`: it
 * says a second request follows, where a comma alone often only adds a detail ("I'm at the branch, need a
 * number").
 *
 * Cut only where a joint is clear: not inside a number ("1,200", "1.5"), not at an "and" between two nouns or
 * two amounts ("transfer 200 to Anna and 300 to Bob", "balance and recent transactions"), not at 另外 meaning
 * "another" ("转到另外一个账户"), not at 还有 meaning "still have" ("我卡里还有多少钱"). A clause that only announces
 * another ("还有个问题", "one more thing") is left out; one that gives a reason or a condition ("因为要交房租",
 * "because it's for rent", "如果手续费高就算了") is marked `subordinate`: it is no request of its own.
 *
 * Pure and cheap: `hasJoint` is one regular expression test, so a message without a joint costs nothing more.
 */

export interface Clause {
  /** The clause without the joining words in front of it. */
  text: string;
  /** A joining word stands right before or after it (not only punctuation). */
  joined: boolean;
  /** It gives a reason or a condition for another clause: no request of its own. */
  subordinate: boolean;
}

/**
 * Sentence punctuation, a comma or full stop not inside a number. Not a space between Chinese words: it more
 * often sets off the rest of one question ("信用卡年费怎么收的 能免吗", "老婆问我卡里还有多少 帮我看看").
 */
const PUNCTUATION = String.raw`[，。；;？?！!]+|,(?!\d)|\.(?=\s|$)`;
/**
 * Chinese words that join a second request in the middle of a sentence (再问 is kept: "再问下汇率"). 还有 there
 * only after a few characters, and not as "still have": before an amount, 钱, 没, 什么 ("我卡里还有多少钱"), nor
 * in a yes/no question ("信用卡还有额度吗").
 */
const ZH_INLINE = String.raw`顺便|顺带|另外(?![一两几个张只家位笔的那这])|以及|(?<=\p{Script=Han})(?=再问)|对了|然后|还有(?:一)?(?:个问题|件事|个事)|(?<=\p{Script=Han}{2})还有(?![多少没钱吗几什么别其余剩呢啊吧的点些个一两次就都也还在要得])(?![^，。；？！?!,;]*(?:吗|么|嘛|没有?)[？?！!]?(?:[，。；,;]|$))`;
/** Question words and request verbs that start a clause after "and", "also", "plus". */
const EN_STARTS = String.raw`what|what's|whats|how|when|where|which|who|why|can|could|do|does|is|are|will|would|should|may|please|tell|show|check|freeze|block|unfreeze|unblock|transfer|send|pay|open|close|cancel|book|find|get|give|report|help|change|reset|activate|lock|unlock|apply|make|let|i want|i'd like|i would like|i need`;
const EN_INLINE = String.raw`\s+(?:by the way|btw)\s+|\s+(?:and also|also|and then|then|plus|as well as|and)\s+(?=(?:${EN_STARTS})\b)`;

const JOINT = new RegExp(`${PUNCTUATION}|${ZH_INLINE}|${EN_INLINE}`, 'giu');
const HAS_JOINT = new RegExp(JOINT.source, 'iu');
/** A joint that is (or holds) a joining word, not punctuation alone. */
const JOINING_WORD = /[\p{Script=Han}a-z]/iu;

/** Joining words left at the front of a clause after a cut ("，还有你们几点关门", ", and how much ..."). */
const LEADING_JOIN = new RegExp(
  String.raw`^(?:(?:(?:还有|顺便|顺带|另外|以及|对了|然后|再就是)(?![一两几个张只家位笔的那这多少没])|再(?=问|给|帮|查|转|办|说))\s*|(?:and also|and then|and|also|plus|then|oh|by the way|btw|one more thing|another thing)\b[\s,:]*)+`,
  'iu',
);
/** Words that only lead into a question ("我想问一下那个", "I wanted to ask"): taken off, they join nothing. */
const PREAMBLE =
  /^(?:(?:我想|我就想|想)?(?:请问|问)一下(?:那个|就是)?|我想问下(?:那个|就是)?|i (?:wanted|want|would like) to ask(?: you)?(?: about)?)[\s,，:：]*/iu;
/** A clause that only announces another ("还有个问题", "请问一下", "one more thing"): nothing to read. */
const ANNOUNCEMENT =
  /^(?:我?(?:还有|另外|再)?(?:一)?(?:个问题|件事|个事)|(?:请|想|我想)?问(?:一)?下|请问|one more (?:thing|question)|another (?:thing|question)|(?:i have )?(?:a|one) (?:more )?question|quick question)$/iu;
/** A clause that gives a reason or a condition. */
const SUBORDINATE =
  /^(?:因为|由于|为了|是因为|因|如果|要是|假如|万一|除非|because|cause|'cause|since|as|so that|in order to|if|unless|for)(?![a-z])/iu;

/** Whether the message has a joint at all (one test; false for most messages). */
export function hasJoint(text: string): boolean {
  return HAS_JOINT.test(text);
}

/** The message's clauses in order; one (the whole message) when it has no joint. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  /** Whether the joint before the next clause held a joining word. */
  let joinedBefore = false;
  let from = 0;
  const take = (part: string, jointAfter: string | null): void => {
    const trimmed = part.trim();
    const unjoined = trimmed.replace(LEADING_JOIN, '').trim();
    const led = joinedBefore || unjoined.length < trimmed.length;
    const body = unjoined.replace(PREAMBLE, '').trim() || unjoined;
    const joinedAfter = jointAfter !== null && JOINING_WORD.test(jointAfter);
    joinedBefore = joinedAfter;
    if (!body || ANNOUNCEMENT.test(body)) {
      // "还有个问题，补卡要多少钱": the announcement joins what follows it.
      if (led || (body && ANNOUNCEMENT.test(body))) joinedBefore = true;
      return;
    }
    const previous = clauses.at(-1);
    if (led && previous) previous.joined = true;
    clauses.push({ text: body, joined: led || joinedAfter, subordinate: SUBORDINATE.test(body) });
  };
  for (const m of text.matchAll(JOINT)) {
    take(text.slice(from, m.index), m[0] || '再问');
    from = m.index + m[0].length;
  }
  take(text.slice(from), null);
  return clauses;
}
