/**
 * A calm question whose side a problem is on: "ETC扣了两次费 是高速那边的问题还是你们这边的", "是商家没退还是你们这边没处理",
 * "is this on your end or the merchant's?". The labelling spec (`evals/data/handoff_labelling_spec.md`) counts
 * calm descriptions of a problem as neutral; the handoff model heard frustration in the charge or the hold-up
 * beside the question (0.85 for the ETC message). Only the model's frustration is set aside
 * (`../handoff_signals.ts`): anger words, sarcasm, repetition, shouting or a threat beside the question, or a word
 * of exasperation (到底, 又, "again", "seriously"), are read as before, and so is the model's ask for a person.
 * A question about a payment's delay asked this way is also a calm delay question (`delay_question.ts`).
 */
import { ruleText } from '../rule_text.ts';
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Asks whether the problem is the bank's or someone else's, in either order. */
const WHICH_SIDE = new RegExp(
  [
    // Someone else first: "是高速那边的问题还是你们这边的", "是商家没退还是银行没处理".
    '是[^。！？?，,]{1,14}还是(你们|银行|贵行)(这边|那边|那里|的问题|的原因|没)?',
    // The bank first: "是你们这边的问题还是商家的".
    '是(你们|银行|贵行)(这边|那边)?[^。！？?]{0,10}还是',
    String.raw`\b(is|was) (it|this|that|the (problem|issue|fault|error|hold[- ]?up|delay|charge))\b[^.?!]{0,30}\b(on|at|from) (your|the bank'?s) (end|side)\b`,
    String.raw`\b(your|the bank'?s) (end|side) or (theirs|their (end|side)|the [a-z]+'?s?( (end|side))?)\b`,
    String.raw`\b(is|was) (it|this|that) (you|the bank|your system) or (them|the [a-z]+)\b`,
  ].join('|'),
);

/** A word of exasperation: more than a question. */
const EXASPERATED =
  /到底|究竟|又|每次|怎么回事|搞什么|凭什么|为什么|为啥|什么情况|\b(again|every time|seriously|ridiculous|useless|joke|stupid|rubbish|bloody|damn|still)\b/;

/** Most characters of such a question (Han, Latin): a longer message says more than the question. */
const MAX_LENGTH: ReportLength = { han: 50, latin: 160 };

/** A calm question whose side a problem is on, with nothing angry beside it (see the file comment). */
export function isCalmWhichSideQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  if (!shortEnough(lower, MAX_LENGTH) || !WHICH_SIDE.test(lower) || EXASPERATED.test(lower)) return false;
  return soundsCalm(sentiment);
}
