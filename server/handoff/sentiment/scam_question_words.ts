/**
 * A question about scams, or an approach the customer refused outright, speaks the words that judge the scam and
 * ask about it: "电视上说安全账户都是骗人的，银行到底有没有安全账户这个说法？", "让先交押金，我没交，这种是不是都不靠谱啊",
 * "if my phone gets stolen, what should I do first so nobody can get into my banking?", "was that dodgy?". When
 * those are all the lexicon saw, the message is no anger at the bank (as for the scam words alone,
 * `../handoff_policy.ts` `scamWordsOnly`): 不靠谱 / "dodgy" judge the scam, 到底有没有 asks whether something exists,
 * "so nobody can…" is what the customer wants to protect, and 清楚 / 明白 are no anger at all.
 *
 * Not with a threat, sarcasm, repetition or shouting, nor a repeated question, nor any other negative word
 * ("你们到底管不管", "useless"): those are read as before.
 */
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A term that judges a scam, or names it, or the scam's own deed. */
const SCAM_TERM =
  /骗|诈|靠谱|可疑|假的|scam|fraud|thie|steal|stol|crook|rip|dodgy|fishy|shady|sketchy|legit|fake|suspicious/u;

/** A term the lexicon reads as praise or plain understanding. */
const PLAIN_TERM = /^(清楚|很清楚|明白|理解)$/u;

/** 到底 asking whether something exists or is so, not in exasperation ("你们到底有没有在听"). */
const ASKING_WHETHER = /(?<!你们|你)到底(有没有|是不是|是真的|算不算|是什么|是啥)(?!在)/u;

/** "so nobody can get in": what the customer wants to keep safe. */
const PROTECTIVE_PURPOSE = /\b(so|so that|to make sure|making sure) (nobody|no one|no-one)\b/;

function isScamQuestionTerm(term: string, lower: string): boolean {
  if (SCAM_TERM.test(term) || PLAIN_TERM.test(term)) return true;
  if (term === '到底') return ASKING_WHETHER.test(lower);
  if (/^(nobody|no one|no-one)$/.test(term)) return PROTECTIVE_PURPOSE.test(lower);
  return false;
}

/**
 * Whether a question about scams or an approach refused outright has only such words for the lexicon to read
 * (see the file comment).
 */
export function onlyScamQuestionWords(
  text: string,
  signals: {
    sentiment: Pick<SentimentAnalysis, 'terms' | 'threat' | 'sarcasm' | 'repetition' | 'shouting'>;
    fraud: { preventionQuestion: boolean; refusedOutright?: boolean };
    repeats: number;
  },
): boolean {
  const s = signals.sentiment;
  if (!signals.fraud.preventionQuestion && signals.fraud.refusedOutright !== true) return false;
  if (s.threat || s.sarcasm || s.repetition || s.shouting || signals.repeats > 0 || s.terms.length === 0)
    return false;
  const lower = text.normalize('NFKC').toLowerCase();
  return s.terms.every((t) => isScamQuestionTerm(t, lower));
}
