/**
 * A spam or prize text in the bank's name, reported as ignored: "got a text saying I'd won your summer raffle lol, someone
 * is using your name, deleted it", "收到条短信说我中了你们行的抽奖，服了，有人拿你们名义骗人，我没理". The labelling spec counts a
 * spam text the customer ignored as neutral. The laugh (lol, 笑死), the customer's own "ignored it" and the eye-roll at the
 * senders (无语, 服了, 骗人) are about the senders, not the bank: the clauses that tell the text, its bait, its sender or the
 * ignoring, and a bare interjection right after one of them, are read as off topic (`sentiment_scorer.ts`).
 *
 * Only when the message tells a text received, its bait or the bank's name used, and that it was ignored, deleted or
 * blocked; not when the customer clicked, filled in, paid or gave anything. Any other clause ("…your app is rubbish too")
 * is read as before, and so are sarcasm and a threat.
 */
/** A text, mail or call received. */
const RECEIVED =
  /(收到|来了|发来|发了|接到)[^，。！？,.!?]{0,6}(短信|信息|消息|邮件|微信|电话)|短信(说|讲|称|里说)|\b(got|received|get|getting|had)( an?| this| some| one| a weird| a dodgy)? (sms|text|message|email|e-mail|whatsapp|call|dm)\b|\b(texted|emailed|messaged|dm'?d|called) me\b|\b(sms|texts?|emails?|messages?)\b[^.?!,]{0,20}\b(saying|says|claiming|that says|going (a)?round)\b/;

/** Its bait, or the bank's name used by someone else. */
const BAIT =
  /中奖|中了|抽奖|抽中|大奖|奖品|领奖|幸运|冒充|冒用|假冒|打着你们|拿你们|以你们(的)?名义|落款|骗子|骗人|\b(won|win|winner|prize|lucky draw|draw|raffle|lottery|jackpot|giveaway|reward|using your (name|logo)|pretending to be (you|your bank)|in your name|your (logo|name) on it|fake|scam|phishing|spam)\b/;

/** The customer ignored, deleted or blocked it. */
const IGNORED =
  /没理|不理|没搭理|没点|没回|删了|删掉|拉黑|无视|忽略|没上当|没信|\b(ignored|ignoring|ignore) (it|them|that|the (text|message|email|sms))\b|\bdeleted (it|them|the)\b|\bblocked (it|them|the (number|sender))\b|\bdidn'?t (click|tap|reply|respond|open|answer|fall for)\b|\bnot falling for\b/;

/** The customer acted on it: more than a text ignored. */
const ACTED =
  /我点了|点进去了|点开了链接|填了|输了|转了|付了|交了|给了他|\b(i clicked|clicked (on )?the link|i entered|entered my|i paid|sent them|gave them|i replied)\b/;

/** A bare laugh or eye-roll clause. */
const INTERJECTION =
  /^(lol|lmao|rofl|haha+|ha ha|smh|ugh|lol smh|无语|笑死(我了)?|服了|哈+|醉了|真是的|好烦|烦人)$/;

/** The clauses of a message, with their offsets (split at sentence ends and commas, not inside "50,000"). */
function clauses(lower: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const split = /[。！？!?;；\n]|[.,，](?!\d)/g;
  let start = 0;
  for (const m of lower.matchAll(split)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, lower.length]);
  return out.filter(([a, b]) => lower.slice(a, b).trim().length > 0);
}

/**
 * The clauses of a spam text reported as ignored, read as off topic (`[from, to)` in `lower`, the lower-cased message
 * as the sentiment scorer reads it; see the file comment).
 */
export function spamTextReportedAsIgnoredSpans(lower: string): Array<[number, number]> {
  if (!RECEIVED.test(lower) || !BAIT.test(lower) || !IGNORED.test(lower) || ACTED.test(lower)) return [];
  const spans: Array<[number, number]> = [];
  let afterPart = false;
  for (const [a, b] of clauses(lower)) {
    const clause = lower.slice(a, b);
    const part = RECEIVED.test(clause) || BAIT.test(clause) || IGNORED.test(clause);
    if (part || (afterPart && INTERJECTION.test(clause.trim()))) spans.push([a, b]);
    afterPart = part;
  }
  return spans;
}
