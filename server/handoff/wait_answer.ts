/**
 * What a question about the wait for a person gets (`wait_question.ts`): in the queue with someone online, the
 * place and the estimated wait (as the queued reply says them), not "passed to the agent" again; queued while
 * nobody can take it (a scam case waits flagged), that no wait can be estimated yet and where the case stands;
 * told a moment ago that nobody is there (so not queued), that there is no queue to wait in, and how a person
 * can still follow it up. Never a branch queue ticket.
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import { alternatives, cancelAction, queueText, type QueuePlace } from './handoff_replies.ts';
import { say } from './handoff_messages.ts';

const MESSAGES = {
  /** Queued, nobody online yet (no scam case). */
  waitUnknown: {
    'zh-CN':
      '目前还没有人工客服在线，暂时无法估计等待时间。您仍在排队，留言已保存，客服上线后会第一时间看到；您也可以预约回电，或预约网点办理。',
    en: "Nobody from our team is online yet, so I can't estimate the wait. You're still in the queue and your messages are saved for the first agent who comes online; you can also request a callback or book a branch appointment.",
  },
  /** Queued in a scam case, nobody online yet: before `fraudFollowUpNoAgents`. */
  waitUnknownFraud: {
    'zh-CN': '暂时无法估计等待时间。',
    en: "I can't estimate the wait yet.",
  },
  /** Told nobody can take the conversation, so not queued: no callback asked for yet. */
  notQueued: {
    'zh-CN':
      '目前没有人工客服在线，所以没有为您排队，也无法估计等待时间。需要人工跟进请点“预约回电”，回电的客服能看到这段对话；也可以预约网点办理。',
    en: 'Nobody from our team is online right now, so you are not in a queue and there is no wait I can give you. Tap "Request a callback" for a person to follow it up (they will see this conversation), or book a branch appointment.',
  },
  /** Not queued, a callback asked for. */
  notQueuedCallback: {
    'zh-CN': '目前没有人工客服在线，所以没有排队等待；您已预约回电，客服会尽快给您回电，并能看到这段对话。',
    en: "Nobody from our team is online right now, so there is no queue to wait in; you've requested a callback, and the colleague who calls you will see this conversation.",
  },
} as const;

function draft(text: string, quickReplies: QuickReply[]): ReplyDraft {
  return {
    kind: 'handoff',
    text,
    intent: null,
    confidence: 1,
    entities: [],
    source: null,
    quickReplies,
    expression: 'neutral',
  };
}

const spaced = (locale: Locale): string => (locale === 'en' ? ' ' : '');

/** In the queue with someone online: the place and the estimated wait (a scam case with the reminder first). */
export function waitAnswerReply(place: QueuePlace, locale: Locale, fraud: boolean): ReplyDraft {
  const wait = queueText(place, locale);
  const text = fraud ? `${say('fraudCaseReminder', locale)}${spaced(locale)}${wait}` : wait;
  return draft(text, [cancelAction(locale)]);
}

/** Queued while nobody can take it: no estimate yet, and where the case stands. */
export function waitUnknownReply(locale: Locale, fraud: boolean): ReplyDraft {
  if (!fraud) return draft(MESSAGES.waitUnknown[locale], [...alternatives(locale), cancelAction(locale)]);
  const text = `${MESSAGES.waitUnknownFraud[locale]}${spaced(locale)}${say('fraudFollowUpNoAgents', locale)}`;
  return { ...draft(text, [...alternatives(locale), cancelAction(locale)]), intent: 'fraud_report' };
}

/** Not queued (nobody could take it): no queue to wait in; a callback or an appointment instead. */
export function notQueuedReply(locale: Locale, callbackRequested: boolean): ReplyDraft {
  const [callback, appointment] = alternatives(locale) as [QuickReply, QuickReply];
  return callbackRequested
    ? draft(MESSAGES.notQueuedCallback[locale], [appointment])
    : draft(MESSAGES.notQueued[locale], [callback, appointment]);
}
