/**
 * A short question between two options, nothing else in it: "商户结算是T+1还是D+0", "pos结算是当天到还是第二天到",
 * "is merchant settlement next day or same day?", "card machine payouts, T+1 or T+2?". The customer asks which of
 * two terms applies; the handoff model hears frustration in the terms themselves (T+1, 第二天到), learned from
 * "说好的T+1到账 现在都T+3了". Only the model's frustration is set aside (`../handoff_signals.ts`), and only for
 * a short, calm message: anger words, sarcasm, shouting, a threat or a word of exasperation (到底, 究竟, 又, "again")
 * are read as before, and so are "还是没到" / "还是不行" (还是 as "still") and "你们是不想办还是不会办" (an accusation).
 */
import { shortEnough, soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/**
 * "是A还是B" with 还是 as "or": an option on each side, one clause, not "still" (结算还是T+3, 还是没, 还是不行, 还是一样).
 */
const EITHER_OR_ZH =
  /^[^，。！？,.!?;；\s]*(是|走|选|按|算)[^，。！？,.!?;；\s]+还是(?!(没|不|一样|老样子|那样|这样|失败|打不开|卡|错|慢|要等|收不到|登不上))[^，。！？,.!?;；\s]+[?？]?$/u;

/** "is it A or B?", "A or B?": the question ends on its second option. */
const EITHER_OR_EN = /^[^,.!?]*\b\w+\b[^.!?]*\bor\b\s+[\w+-]+( [\w+-]+){0,4}\s*\??\s*$/;

/** Exasperation or an accusation: more than a choice asked about. */
const MORE_THAN_A_CHOICE =
  /到底|究竟|又|凭什么|凭啥|故意|不想|不会办|搞什么|[!！]|\b(again|still|even|seriously|really|useless|ridiculous|or not|or what)\b/;

/** Most characters of such a question. */
const MAX = { han: 30, latin: 90 } as const;

/** A calm, short question between two options (see the file comment). */
export function isCalmEitherOrQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().trim();
  if (!shortEnough(lower, MAX) || MORE_THAN_A_CHOICE.test(lower)) return false;
  const asked = /\p{Script=Han}/u.test(lower) ? EITHER_OR_ZH.test(lower) : EITHER_OR_EN.test(lower);
  return asked && soundsCalm(sentiment);
}
