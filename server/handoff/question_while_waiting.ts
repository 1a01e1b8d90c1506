/**
 * A question the knowledge base answers, asked while the customer waits for a person ("你们几点关门", "how much is
 * the annual fee?" after a scam warning with nobody online, or in the queue): the answer, then one line on
 * where the case stands. It used to get the short anti-fraud advice or "passed to the agent" again, and the
 * question was left unanswered.
 *
 * Only a clear article answer: the policy's own FAQ decision (not a weak lead), well ahead of the next
 * article ("cancel the transfer" scores three transfer articles alike: it is for the agent). In a scam case,
 * nothing about moving money or codes ("转账能撤回吗", "验证码我已经告诉他了") and no "what do I do now": those are
 * the scam going on, and keep the advice. The caller also keeps the advice for more of the story, a payment
 * stopped or a question about getting the money back.
 */
import type { Decision } from '../dialogue/decision.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Locale } from '../protocol/protocol.ts';
import { CUES } from './fraud/fraud_patterns.ts';
import { say } from './handoff_messages.ts';
import { asksWhatToDo } from './fraud/next_steps.ts';
import { asksWhyItIsAScam } from './fraud/why_a_scam.ts';

export interface WaitingCase {
  reason: HandoffReason;
  /** Where the case stands: the place in the queue, or that nobody can take it yet. */
  stands: ReplyDraft;
}

/** How far ahead of the next article the answer must be. */
const LEAD_RATIO = 1.3;

/** Whether a message in a scam case is about the scam itself: money moving, codes, what to do. */
function aboutTheScam(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    asksWhatToDo(lower) ||
    asksWhyItIsAScam(lower) ||
    [CUES.moneyMove, CUES.code, CUES.codeGiven, CUES.pinGiven].some((cue) => cue.test(lower))
  );
}

/** The article's answer followed by where the case stands, or null when the message is not such a question. */
export function questionWhileWaiting(
  input: { text: string; decision: Decision; understanding: Understanding },
  waiting: WaitingCase,
  locale: Locale,
): ReplyDraft | null {
  const { decision } = input;
  if (decision.type !== 'faq' || decision.lead) return null;
  const second = input.understanding.faq.find((h) => h.article.id !== decision.hit.article.id);
  if (second && decision.hit.score < LEAD_RATIO * second.score) return null;
  const fraud = waiting.reason === 'fraud_risk';
  if (fraud && aboutTheScam(input.text)) return null;
  const { article } = decision.hit;
  const note = [fraud ? say('fraudCaseReminder', locale) : null, waiting.stands.text]
    .filter((t) => t)
    .join(locale === 'en' ? ' ' : '');
  const answer = decision.excerpt ?? article.answer;
  return {
    ...waiting.stands,
    kind: 'faq',
    text: `${answer}\n\n${note}`,
    ...(waiting.stands.speech !== undefined ? { speech: `${answer}\n\n${note}` } : {}),
    intent: decision.intent,
    confidence: decision.confidence,
    source: { id: article.id, title: article.title },
    expression: 'neutral',
  };
}
