/**
 * A customer putting right what they just said: "oh wait, I meant to Zhang San", "sorry, I meant 300", "不对，我是说
 * 给李娜", "哦 我的意思是明天". Said at a transfer's read-back, the handoff model heard frustration in "oh wait, I
 * meant" (0.96) and the assistant answered "I'm sorry this has been frustrating" instead of changing the payee.
 * Only the model's frustration is set aside (`../handoff_signals.ts`): anger words, sarcasm, repetition ("I SAID
 * 300", "我都说了三遍了") or a word of exasperation beside the correction are read as before.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A lead-in (optional), then "I meant" / 我是说 and what was meant. */
const CORRECTION = new RegExp(
  [
    String.raw`^(?:(?:oh|ah|um+|uh+|oops|sorry|wait|hang on|no|nope|actually|my bad|my mistake)[\s,.!]*)*(?:i meant|i mean|meant)\b`,
    '^(?:(?:哦|噢|啊|额|呃|嗯|不对|不是|等等|等一下|抱歉|不好意思|说错了|搞错了)[\\s，,。！!]*)*(?:我是说|我的意思是|我说的是|应该是|是要|是给)',
  ].join('|'),
  'u',
);

/** A word of exasperation: more than a correction. */
const EXASPERATED =
  /到底|究竟|都说了|说了多少遍|听不懂|怎么回事|\b(again|already told|told you|said that|seriously|ridiculous|useless|stupid|listen)\b/;

/** A correction says little more than what was meant. */
const MAX_LENGTH: ReportLength = { han: 24, latin: 60 };

/** A calm correction of what the customer just said (see the file comment). */
export function isCalmSelfCorrection(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!shortEnough(lower, MAX_LENGTH) || !CORRECTION.test(lower) || EXASPERATED.test(lower)) return false;
  return soundsCalm(sentiment);
}
