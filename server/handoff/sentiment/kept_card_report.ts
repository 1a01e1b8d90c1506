/**
 * A calm report that a cash machine kept the card: "卡吐不出来了", "我的卡退不出来了", "卡一直吐不出来", "the atm
 * keeps my card and won't give it back". The labelling spec (`evals/data/handoff_labelling_spec.md`) counts
 * calm descriptions of a problem as neutral; the handoff model heard frustration in 不出来 / "won't give"
 * (up to 0.97), learnt from angry messages about things that fail, and handed these customers over instead
 * of giving the retained-card article (whom to call, where to collect the card;
 * `../../flows/card_kept_by_machine.ts`). Only the model's frustration is set aside (`../handoff_signals.ts`):
 * anger words, sarcasm, repetition, shouting or a threat beside it, a wait or a word of exasperation ("半个小时了",
 * 又, 到底, "again", "ridiculous") are read as before, and so is the model's ask for a person.
 */
import { saysMachineKeptCard } from '../../flows/card_kept_by_machine.ts';
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** How long it has gone on or how often it happened, or a word of exasperation: more than a report. */
const MORE_THAN_A_REPORT = new RegExp(
  [
    '(半|[一二两三四五六七八九十几多]+|\\d+)(个)?(小时|分钟|钟头|天|次|遍|回)',
    '好久|半天|又|到底|究竟|怎么回事|搞什么|好家伙|破机器|什么破|垃圾|气死',
    String.raw`\b(\d+|two|three|four|five|several|many|few) (times|hours|minutes|mins|days)\b`,
    String.raw`\b(again|ages|forever|seriously|ridiculous|useless|joke|stupid|rubbish|bloody|damn)\b`,
  ].join('|'),
);

/** Most characters of a calm report (Han, Latin); a longer message says more than what happened. */
const MAX_LENGTH: ReportLength = { han: 24, latin: 72 };

/** A calm report of a card a cash machine kept, with nothing angry beside it (see the file comment). */
export function isCalmKeptCardReport(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  if (!shortEnough(lower, MAX_LENGTH) || !saysMachineKeptCard(lower) || MORE_THAN_A_REPORT.test(lower))
    return false;
  return soundsCalm(sentiment);
}
