/**
 * "那我该怎么办" / "so what should I do now?" after the scam warning: the customer has read why it is a scam and
 * asks what to do. They get the concrete next steps for what they told, numbered and short, not the warning or
 * the same "don't transfer, don't share codes" again:
 *  - stop paying, in the words of the scheme (close the screen share and remove the app; no more top-ups or
 *    "unfreezing fees" to a platform; no loan a "refund agent" asks for; no more money through the account);
 *  - share no code, password or card number with anyone;
 *  - a code, password or card details already given, or a card used without them: freeze the card now (the
 *    quick reply does it) and change the passwords;
 *  - whom to call: 110 and an emergency stop through the bank when money has gone, else 96110 or the number on
 *    the back of the card to check.
 * What the customer told is kept as the case's `FraudStory` (handoff_extension.ts) from the warning on, so the
 * question is answered in a later turn, queued or not (left the queue, a callback booked, the card-misuse
 * answer).
 */
import type { Locale } from '../../protocol/protocol.ts';
import { say } from '../handoff_messages.ts';
import { whyItIsAScam } from './why_a_scam.ts';

/** "怎么办", "what should I do now": asking what to do about the scam, not a question for an article. */
export const WHAT_TO_DO =
  /怎么办|咋办|该怎么|怎么做|如何是好|该做什么|要做什么|该干什么|下一步|接下来呢|现在呢|\bwhat (do|should|can|shall) (i|we) do\b|\bwhat now\b|\bnow what\b|\bhelp me\b|\bwhat next\b|\bnext steps?\b/iu;

/** Whether the message asks what to do now. */
export function asksWhatToDo(text: string): boolean {
  return WHAT_TO_DO.test(text.toLowerCase());
}

/** What the customer told of the scam: its schemes, and what they already gave away or lost. */
export interface FraudStory {
  schemes: readonly string[];
  /** A code, a password or card details were given to someone (`code_already_given.ts`). */
  codeGiven: boolean;
  /** The card or account was used without the customer (`card_misuse.ts`). */
  cardMisuse: boolean;
  /** A relative said to be in trouble, a lawyer or a stranger asking for them (`why_a_scam.ts`). */
  relativeInTrouble?: boolean;
  /** This turn asks why it is a scam ("is that a problem?"): the why comes before the steps. */
  askedWhy?: boolean;
}

type StepKey = Parameters<typeof say>[0];

/** How the first step, to stop paying, is said for a scheme (the first of the story's schemes that has one). */
const STOP_BY_SCHEME: ReadonlyArray<readonly [string, StepKey]> = [
  ['remote_access', 'nextStepStopScreen'],
  ['money_mule', 'nextStepStopMule'],
  ['refund_loan', 'nextStepStopLoan'],
  ['loan_cancellation', 'nextStepStopLoan'],
  ['investment_teacher', 'nextStepStopPlatform'],
  ['advance_fee', 'nextStepStopPlatform'],
  ['recovery_scam', 'nextStepStopPlatform'],
];

/** Whether the story calls for freezing the card first. */
export function freezeFirst(story: FraudStory): boolean {
  return story.codeGiven || story.cardMisuse;
}

/** Whether money has already gone to the scammer. */
function moneyGone(story: FraudStory): boolean {
  return story.schemes.includes('victim_report');
}

/** The steps, in order, each a sentence. */
export function nextStepLines(story: FraudStory, locale: Locale): string[] {
  const scam = story.schemes.length > 0 || !story.cardMisuse;
  const stop = STOP_BY_SCHEME.find(([scheme]) => story.schemes.includes(scheme))?.[1] ?? 'nextStepStop';
  return [
    ...(story.codeGiven ? [say('nextStepFreezeCode', locale)] : []),
    ...(story.cardMisuse && !story.codeGiven ? [say('nextStepFreezeMisuse', locale)] : []),
    ...(scam ? [say(stop, locale)] : []),
    say('nextStepNoCodes', locale),
    say(moneyGone(story) || story.cardMisuse ? 'nextStepCallPolice' : 'nextStepCall', locale),
  ];
}

/** The next steps as the app shows them: a lead and the numbered steps. */
export function nextStepsText(story: FraudStory, locale: Locale): string {
  const steps = nextStepLines(story, locale).map((line, i) => `${i + 1}. ${line}`);
  const why = story.askedWhy ? [whyItIsAScam(story, locale), ''] : [];
  return [...why, say('nextStepsLead', locale), ...steps].join('\n');
}

/** The lobby screen's caption of the next steps (the whole is spoken). */
export function nextStepsCaption(story: FraudStory, locale: Locale): string {
  return say(freezeFirst(story) ? 'nextStepsFreezeKiosk' : 'nextStepsKiosk', locale);
}
