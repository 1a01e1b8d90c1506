/**
 * The replies and cards the customer sees around a handoff: the anti-fraud warning, the queue ticket with
 * position and estimated wait, "nobody is available" with a callback or appointment, and the announcements
 * sent from agent actions (agent joined, back to the assistant).
 */
import { randomUUID } from 'node:crypto';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Card, Locale, QuickReply, Reply } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import { FRAUD_SCHEME_NAMES, leadFor, say } from './handoff_messages.ts';

/** Seconds before an available agent typically picks up the first customer in line. */
const PICKUP_SEC = 30;

export interface QueuePlace {
  /** 1-based position in the language's queue. */
  position: number;
  etaSec: number;
}

export function estimateWait(position: number, agentsAvailable: number, avgHandleSec: number): number {
  return Math.round(((position - 1) * avgHandleSec) / Math.max(1, agentsAvailable)) + PICKUP_SEC;
}

const minutes = (etaSec: number): number => Math.max(1, Math.ceil(etaSec / 60));

function draft(kind: ReplyDraft['kind'], text: string, extra: Partial<ReplyDraft> = {}): ReplyDraft {
  return {
    kind,
    text,
    intent: null,
    confidence: 1,
    entities: [],
    source: null,
    quickReplies: [],
    expression: 'neutral',
    ...extra,
  };
}

export function queueText(place: QueuePlace, locale: Locale): string {
  const vars = { ahead: place.position - 1, minutes: minutes(place.etaSec) };
  return place.position <= 1 ? say('queueNext', locale, vars) : say('queueAhead', locale, vars);
}

function queueCard(place: QueuePlace, locale: Locale): Card {
  return {
    type: 'queue',
    title: say('queueCardTitle', locale),
    fields: [
      { label: say('queuePosition', locale), value: String(place.position) },
      { label: say('queueWait', locale), value: say('minutes', locale, { minutes: minutes(place.etaSec) }) },
    ],
    actions: [cancelAction(locale)],
    sensitive: false,
  };
}

export function cancelAction(locale: Locale): QuickReply {
  const t = say('cancelQueue', locale);
  return { label: t, text: t };
}

export function queuedReply(reason: HandoffReason, place: QueuePlace, locale: Locale): ReplyDraft {
  return draft(
    'handoff',
    `${leadFor(reason, locale)}${locale === 'en' ? ' ' : ''}${queueText(place, locale)}`,
    {
      quickReplies: [cancelAction(locale)],
      card: queueCard(place, locale),
      expression: reason === 'complaint' || reason === 'negative_sentiment' ? 'sad' : 'neutral',
    },
  );
}

export function stillQueuedReply(place: QueuePlace, locale: Locale): ReplyDraft {
  return draft('handoff', say('stillQueued', locale, { ahead: place.position - 1 }), {
    quickReplies: [cancelAction(locale)],
  });
}

export function unavailableReply(why: 'closed' | 'no_agents', hours: string, locale: Locale): ReplyDraft {
  const text =
    why === 'closed' ? say('unavailableClosed', locale, { hours }) : say('unavailableNoAgents', locale);
  const callback = say('requestCallback', locale);
  const appointment = say('bookAppointment', locale);
  return draft('handoff', text, {
    quickReplies: [
      { label: callback, text: callback },
      { label: appointment, text: appointment },
    ],
    expression: 'sad',
  });
}

export function callbackReply(locale: Locale): ReplyDraft {
  return draft('handoff', say('callbackNoted', locale), { expression: 'happy' });
}

export function cancelledReply(locale: Locale): ReplyDraft {
  return draft('handoff', say('cancelled', locale));
}

/** The anti-fraud warning: shown at once, with a warning card; then the queue (or hotlines) follows. */
export function fraudReply(schemes: readonly string[], place: QueuePlace | null, locale: Locale): ReplyDraft {
  const names = schemes.map((s) => FRAUD_SCHEME_NAMES[s]?.[locale]).filter((n): n is string => !!n);
  const follow = place
    ? `${leadFor('fraud_risk', locale)}${locale === 'en' ? ' ' : ''}${queueText(place, locale)}`
    : say('fraudNoAgents', locale);
  const ack = say('fraudAck', locale);
  const card: Card = {
    type: 'warning',
    title: say('fraudTitle', locale),
    fields: [
      ...(names.length > 0
        ? [{ label: say('fraudWhat', locale), value: names.join(locale === 'en' ? '; ' : '；') }]
        : []),
      { label: say('fraudAction', locale), value: say('fraudDoNow', locale) },
    ],
    actions: [{ label: ack, text: ack }],
    sensitive: false,
  };
  return draft('handoff', `${say('fraudText', locale)}${locale === 'en' ? ' ' : ''}${follow}`, {
    card,
    quickReplies: [{ label: ack, text: ack }],
    expression: 'sad',
    intent: 'fraud_report',
  });
}

/**
 * The answer when the classifier's complaint / fraud intent was vetoed (the message contradicts it): the
 * matching FAQ article when there is one, otherwise a short reply that fits.
 */
export function vetoedIntentReply(
  reason: 'complaint' | 'fraud_risk' | 'asked_for_human',
  faq: { id: string; title: string; answer: string; score: number } | null,
  positive: boolean,
  locale: Locale,
): ReplyDraft {
  if (faq)
    return draft('faq', faq.answer, {
      source: { id: faq.id, title: faq.title },
      confidence: Math.min(1, faq.score),
    });
  if (reason === 'asked_for_human')
    return draft('intent', say('contactInfo', locale), { intent: 'human_agent' });
  if (reason === 'fraud_risk')
    return draft('intent', say('antiFraudAdvice', locale), { intent: 'fraud_report' });
  return draft('intent', say(positive ? 'thanksForPraise' : 'notAComplaint', locale), {
    expression: positive ? 'happy' : 'neutral',
  });
}

/** A full Reply for events sent outside a turn (from an agent's action, possibly on another node). */
export function outOfTurnReply(d: ReplyDraft, locale: Locale, at = Date.now()): Reply {
  return { ...d, replyId: randomUUID(), locale, at };
}

export function agentJoinedReply(name: string, locale: Locale): Reply {
  return outOfTurnReply(
    draft('handoff', say('agentJoined', locale, { name }), { expression: 'happy' }),
    locale,
  );
}

export function returnedReply(locale: Locale): Reply {
  return outOfTurnReply(draft('handoff', say('returned', locale)), locale);
}

export function agentMessageReply(text: string, locale: Locale): Reply {
  return outOfTurnReply(draft('agent', text), locale);
}
