/**
 * What the calm-report checks share (a stuck app, a card a machine kept, a question about spending): a message
 * short enough to say only that, and a lexicon reading with nothing angry in it. Each check adds its own
 * subject and its own words that say more than the report.
 */
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The lexicon's score above which only mild problem words were found (the mild words' cap, tanh(-0.4)). */
const MILD_ONLY = -0.39;

/** Most characters of a calm report, by script: a longer message says more than the report. */
export interface ReportLength {
  han: number;
  latin: number;
}

/** The message is within `max` characters for its script (Han when it has a Han character, else Latin). */
export function shortEnough(text: string, max: ReportLength): boolean {
  return text.length <= (/\p{Script=Han}/u.test(text) ? max.han : max.latin);
}

/** At most mild problem words, and no threat, sarcasm, repetition or shouting. */
export function soundsCalm(sentiment: SentimentAnalysis): boolean {
  return (
    sentiment.score > MILD_ONLY &&
    !sentiment.threat &&
    !sentiment.sarcasm &&
    !sentiment.repetition &&
    !sentiment.shouting
  );
}
