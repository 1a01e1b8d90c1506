/**
 * The replies and cards the customer sees around a handoff: the anti-fraud warning, the queue ticket with
 * position and estimated wait, "nobody is available" with a callback or appointment, and the announcements
 * sent from agent actions (agent joined, back to the assistant).
 *
 * On the lobby screen (`kiosk`) every caption is short enough to read at a distance (about 90 Chinese or
 * 160 English characters): a longer message is captioned short, spoken whole (`speech`), and its details
 * (hotlines, the number a callback goes to) are on the card (`captioned`).
 */
import { randomUUID } from 'node:crypto';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Card, Channel, Locale, QuickReply, Reply } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import { typedLanguage } from '../session/typed_language.ts';
import { FRAUD_SCHEME_NAMES, leadFor, say, unavailableLeadFor } from './handoff_messages.ts';
import { RELATIVE_IN_TROUBLE_ANSWER, schemeWarning } from './fraud/scheme_warnings.ts';
import { freezeFirst, nextStepsCaption, nextStepsText, type FraudStory } from './fraud/next_steps.ts';

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

/** What a reply shows, and says when that differs (`captioned`). */
type Shown = Pick<ReplyDraft, 'text' | 'speech'>;

/**
 * The text of a message as the channel shows it. On the lobby screen (`kiosk`) a caption is read at a
 * distance, so a long message is shown as its short form and spoken whole (`speech`), its details on the
 * card; the app shows the whole text.
 */
function captioned(channel: Channel, full: string, short: string): Shown {
  return channel === 'kiosk' ? { text: short, speech: full } : { text: full };
}

const spaced = (locale: Locale): string => (locale === 'en' ? ' ' : '');

function draft(kind: ReplyDraft['kind'], shown: string | Shown, extra: Partial<ReplyDraft> = {}): ReplyDraft {
  return {
    kind,
    ...(typeof shown === 'string' ? { text: shown } : shown),
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
  if (place.position <= 1) return say('queueNext', locale, vars);
  return say(place.position === 2 ? 'queueAheadOne' : 'queueAhead', locale, vars);
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

/** Queued: the lead for the reason, the place and the wait (on the lobby screen, on its queue line and card). */
export function queuedReply(
  reason: HandoffReason,
  place: QueuePlace,
  locale: Locale,
  channel: Channel = 'app',
): ReplyDraft {
  const lead = leadFor(reason, locale);
  const sep = spaced(locale);
  return draft(
    'handoff',
    captioned(
      channel,
      `${lead}${sep}${queueText(place, locale)}`,
      `${lead}${sep}${say('queueKiosk', locale)}`,
    ),
    {
      quickReplies: [cancelAction(locale)],
      card: queueCard(place, locale),
      expression: reason === 'complaint' || reason === 'negative_sentiment' ? 'sad' : 'neutral',
    },
  );
}

export function stillQueuedReply(place: QueuePlace, locale: Locale): ReplyDraft {
  const text =
    place.position <= 1
      ? say('stillQueuedNext', locale)
      : say('stillQueued', locale, { ahead: place.position - 1 });
  return draft('handoff', text, { quickReplies: [cancelAction(locale)] });
}

/** The callback and branch-appointment quick replies offered when no agent can take the conversation. */
export function alternatives(locale: Locale): QuickReply[] {
  const callback = say('requestCallback', locale);
  const appointment = say('bookAppointment', locale);
  return [
    { label: callback, text: callback },
    { label: appointment, text: appointment },
  ];
}

/** What a customer in the branch's lobby can do when nobody at the remote desk can take them. */
function inTheBranch(locale: Locale): QuickReply[] {
  const number = say('takeNumber', locale);
  const callback = say('requestCallback', locale);
  return [
    { label: number, text: number },
    { label: callback, text: callback },
  ];
}

/**
 * Nobody can take the conversation now (outside hours, or no agent online), told the first time: a complaint is
 * acknowledged and apologised for (`reason`), then the callback or the branch appointment is offered. On the
 * lobby screen the caption is the plain "nobody can take it" and the acknowledgement is spoken with it, and,
 * the customer being in the branch, the branch's own staff and a queue number are offered instead.
 */
export function unavailableReply(
  why: 'closed' | 'no_agents',
  hours: string,
  locale: Locale,
  reason?: HandoffReason,
  channel: Channel = 'app',
): ReplyDraft {
  const lead = reason ? unavailableLeadFor(reason, locale) : null;
  // In the branch's lobby: the branch's own staff, and a queue number for the counter (never "book a branch").
  if (channel === 'kiosk') {
    const here =
      why === 'closed'
        ? say('unavailableClosedKiosk', locale, { hours })
        : say('unavailableNoAgentsKiosk', locale);
    return draft('handoff', lead ? captioned(channel, `${lead}${spaced(locale)}${here}`, here) : here, {
      quickReplies: inTheBranch(locale),
      expression: 'sad',
    });
  }
  const plain =
    why === 'closed' ? say('unavailableClosed', locale, { hours }) : say('unavailableNoAgents', locale);
  const shown = lead
    ? captioned(
        channel,
        `${lead}${spaced(locale)}${
          why === 'closed'
            ? say('unavailableClosedAfterLead', locale, { hours })
            : say('unavailableNoAgentsAfterLead', locale)
        }`,
        plain,
      )
    : plain;
  return draft('handoff', shown, { quickReplies: alternatives(locale), expression: 'sad' });
}

/**
 * Where a conversation nobody can take now stands for what the customer says next: `queued` for the first
 * agent online (a fraud case waits flagged), `callback` asked for (whoever calls back reads the conversation),
 * or `none` (nothing yet: only a callback would bring a person to it).
 */
export type NotedFor = 'queued' | 'callback' | 'none';

/**
 * A later message while nobody can take the conversation, once the customer has been told so: noted for the
 * first agent online (`queued`), for whoever calls back (`callback`), or, with no callback asked for yet, for
 * whoever calls back if the customer asks for one (`none`), never "the agent who calls you back" when nobody
 * will. The alternatives again, not the same paragraph again.
 */
export function unavailableNotedReply(locale: Locale, notedFor: NotedFor = 'none'): ReplyDraft {
  const key =
    notedFor === 'queued'
      ? 'waitingNoted'
      : notedFor === 'callback'
        ? 'unavailableNotedCallback'
        : 'unavailableNoted';
  return draft('handoff', say(key, locale), {
    quickReplies: notedOffers(locale, notedFor),
    expression: 'neutral',
  });
}

/**
 * A message the assistant cannot place ("tell me a joke", "能改到后天吗" with no flow for it), soon after the
 * customer was told nobody can take the conversation: the assistant says it cannot help with it and how a
 * person can follow it up; never that an agent will see it when none will.
 */
export function unplacedNoAgentsReply(locale: Locale, notedFor: NotedFor = 'none'): ReplyDraft {
  if (notedFor === 'queued') return unavailableNotedReply(locale, 'queued');
  return draft('handoff', say(notedFor === 'callback' ? 'unplacedCallback' : 'unplacedNoAgents', locale), {
    quickReplies: notedOffers(locale, notedFor),
    expression: 'neutral',
  });
}

/** The alternatives still open: no second callback once one is asked for; leaving the queue while queued. */
function notedOffers(locale: Locale, notedFor: NotedFor): QuickReply[] {
  const [callback, appointment] = alternatives(locale) as [QuickReply, QuickReply];
  if (notedFor === 'callback') return [appointment];
  return notedFor === 'queued' ? [callback, appointment, cancelAction(locale)] : [callback, appointment];
}

/**
 * "那人工什么时候上班", "when will someone be available?": the team's service hours, and whether someone is online
 * now (then the way to ask for them) or not (then a callback or a branch appointment).
 */
export function agentHoursReply(
  hours: string,
  now: 'open' | 'closed' | 'no_agents',
  locale: Locale,
): ReplyDraft {
  const shown = hours === '00:00-24:00' ? say('hoursAllDay', locale) : hours;
  const key =
    now === 'open' ? 'agentHoursOpen' : now === 'closed' ? 'agentHoursClosed' : 'agentHoursNoAgents';
  const ask = say('askForAgent', locale);
  return draft('intent', say(key, locale, { hours: shown }), {
    quickReplies: now === 'open' ? [{ label: ask, text: ask }] : alternatives(locale),
    expression: 'neutral',
  });
}

/**
 * A message in a fraud case after the warning ("他们现在催我转账", "what should I do"): the concrete advice in
 * short (do not transfer, no codes, hang up, 96110), then where the case stands: still nobody online
 * (`place` null) or the place in the queue. Never the whole warning again. `stopped`: the customer said they
 * stopped the payment (我已停止转账, "I've stopped"), which is acknowledged first. Asked whether the money can be
 * got back, what gives it a chance instead (110, an emergency stop, the records kept).
 */
export function fraudFollowUpReply(
  place: QueuePlace | null,
  locale: Locale,
  channel: Channel = 'app',
  stopped = false,
  /** The victim asked whether the money can be got back (`fraud/money_back_question.ts`). */
  moneyBack = false,
): ReplyDraft {
  const sep = spaced(locale);
  const stands = place ? stillQueuedReply(place, locale).text : say('fraudFollowUpNoAgents', locale);
  const quickReplies = place ? [cancelAction(locale)] : [...alternatives(locale), cancelAction(locale)];
  const advice = moneyBack
    ? say('fraudMoneyBack', locale)
    : `${stopped ? `${say('fraudStoppedAck', locale)}${sep}` : ''}${say('fraudFollowUp', locale)}`;
  const caption = say(moneyBack ? 'fraudMoneyBackKiosk' : 'fraudFollowUpKiosk', locale);
  return draft('handoff', captioned(channel, `${advice}${sep}${stands}`, caption), {
    ...(channel === 'kiosk' ? { card: hotlinesCard(locale) } : {}),
    quickReplies,
    expression: 'sad',
    intent: 'fraud_report',
  });
}

/**
 * "那我该怎么办" / "so what should I do now?" after the scam warning: the numbered next steps for what the customer
 * told (`fraud/next_steps.ts`), never the warning again, then where the case stands: its place in the queue,
 * still nobody online (`place` null), or, outside the queue (`open` false), a callback booked (`stands`) or
 * nothing. The freeze is offered first when a code or card details were given or the card was used without
 * them. On the lobby screen the caption is short, the whole is spoken and the hotlines are on the card.
 */
export function fraudNextStepsReply(
  story: FraudStory,
  where: { open: true; place: QueuePlace | null } | { open: false; stands: string | null },
  locale: Locale,
  channel: Channel = 'app',
): ReplyDraft {
  const stands = where.open
    ? where.place
      ? stillQueuedReply(where.place, locale).text
      : say('fraudFollowUpNoAgents', locale)
    : where.stands;
  const steps = nextStepsText(story, locale);
  const full = stands ? `${steps}\n\n${stands}` : steps;
  const freeze: QuickReply[] = freezeFirst(story)
    ? [{ label: say('freezeNowLabel', locale), text: say('freezeNowText', locale) }]
    : [];
  const offers = !where.open
    ? []
    : where.place
      ? [cancelAction(locale)]
      : [...alternatives(locale), cancelAction(locale)];
  return draft(where.open ? 'handoff' : 'intent', captioned(channel, full, nextStepsCaption(story, locale)), {
    ...(channel === 'kiosk' ? { card: hotlinesCard(locale) } : {}),
    quickReplies: [...freeze, ...offers],
    expression: 'sad',
    intent: 'fraud_report',
  });
}

/** Where a fraud case stands while nobody can take it: flagged first, transfers on hold, the alternatives. */
export function fraudCaseStandsReply(locale: Locale): ReplyDraft {
  return draft('handoff', say('fraudFollowUpNoAgents', locale), {
    quickReplies: [...alternatives(locale), cancelAction(locale)],
    intent: 'fraud_report',
  });
}

/** A bare call for help: what the assistant can do, with its menu (`menu`, the greeting's quick replies). */
export function helpMenuReply(locale: Locale, menu: readonly QuickReply[]): ReplyDraft {
  return draft('intent', say('helpMenu', locale), { quickReplies: [...menu], expression: 'happy' });
}

/** "can you speak English?": yes, in both languages. */
export function languageReply(locale: Locale): ReplyDraft {
  return draft('intent', say('languageAnswer', locale), { expression: 'happy' });
}

/**
 * A message while the customer's ticket waits and nobody can take it (no agent online, or outside hours):
 * never "passed to the agent"; the message is kept for whoever comes online, and the alternatives offered.
 */
export function waitingNoAgentsReply(
  reason: HandoffReason,
  locale: Locale,
  channel: Channel = 'app',
): ReplyDraft {
  const quickReplies = [...alternatives(locale), cancelAction(locale)];
  if (reason !== 'fraud_risk')
    return draft('handoff', say('waitingNoAgents', locale), { quickReplies, expression: 'neutral' });
  // A fraud case: on the lobby screen the hotlines are on the card.
  const kiosk = channel === 'kiosk';
  return draft(
    'handoff',
    captioned(channel, say('waitingNoAgentsFraud', locale), say('waitingNoAgentsFraudKiosk', locale)),
    {
      ...(kiosk ? { card: hotlinesCard(locale) } : {}),
      quickReplies,
      expression: 'sad',
    },
  );
}

/** The scam warning card with what to do and whom to call (the lobby screen's follow-ups of a fraud case). */
function hotlinesCard(locale: Locale): Card {
  return detailsCard('warning', say('fraudTitle', locale), [
    { label: say('fraudAction', locale), value: say('fraudDoNow', locale) },
    { label: say('fraudCall', locale), value: say('fraudHotlines', locale) },
  ]);
}

/** A card of details beside a short lobby-screen caption: nothing to press, nothing sensitive. */
function detailsCard(type: Card['type'], title: string, fields: Card['fields']): Card {
  return { type, title, fields, actions: [], sensitive: false };
}

/**
 * A callback: registered for a verified customer (called on the number the bank holds); an unverified one is
 * first asked for a number (`askPhone`), then told the masked number that will be called (`to`). When it took
 * the place of their place in the queue (`leftQueue`), they are told they need not wait and will be contacted
 * once; a fraud case (`fraud`) also that transfers stay on hold meanwhile, and the hotline. On the lobby
 * screen (`channel: 'kiosk'`) the caption is short and the number and the hotlines are on the card.
 */
export function callbackReply(
  locale: Locale,
  how: { askPhone?: boolean; to?: string; leftQueue?: boolean; fraud?: boolean; channel?: Channel } = {},
): ReplyDraft {
  if (how.askPhone) return draft('handoff', say('callbackAskPhone', locale));
  const { channel = 'app' } = how;
  const expression = how.fraud ? 'neutral' : 'happy';
  /** What was noted, then that the queue is left and transfers held, in full or in short (`kiosk`). */
  const told = (noted: string, short: boolean): string =>
    [
      noted,
      ...(how.leftQueue
        ? [say(short ? 'callbackInsteadOfQueueKiosk' : 'callbackInsteadOfQueue', locale)]
        : []),
      ...(how.fraud ? [say(short ? 'callbackFraudHoldKiosk' : 'callbackFraudHold', locale)] : []),
    ].join(spaced(locale));
  if (channel !== 'kiosk') {
    const noted = how.to ? say('callbackNotedTo', locale, { phone: how.to }) : say('callbackNoted', locale);
    return draft('handoff', told(noted, false), { expression });
  }
  // The lobby screen: a short caption; the number is shown on the card, never said aloud there.
  const spoken = how.to ? say('callbackNotedGiven', locale) : say('callbackNoted', locale);
  const card: Card = {
    type: 'info',
    title: say('callbackCardTitle', locale),
    fields: [
      { label: say('callbackNumber', locale), value: how.to ?? say('callbackRegisteredNumber', locale) },
      { label: say('callbackWhen', locale), value: say('callbackServiceHours', locale) },
      ...(how.to
        ? [{ label: say('callbackOnTheCall', locale), value: say('callbackVerifyFirst', locale) }]
        : []),
      ...(how.fraud ? [{ label: say('fraudCall', locale), value: say('fraudHotlines', locale) }] : []),
    ],
    actions: [],
    sensitive: how.to !== undefined,
  };
  return draft(
    'handoff',
    { text: told(say('callbackKiosk', locale), true), speech: told(spoken, false) },
    { card, expression },
  );
}

export function cancelledReply(locale: Locale): ReplyDraft {
  return draft('handoff', say('cancelled', locale));
}

/** The customer ended a chat an agent had joined (the agent is told separately). */
export function leftAgentReply(locale: Locale): ReplyDraft {
  return draft('handoff', say('leftAgent', locale));
}

/** Where a fraud case went: queued with its place, or nobody can take it now (and why). */
export type FraudFollowUp =
  { kind: 'queued'; place: QueuePlace } | { kind: 'unavailable'; why: 'closed' | 'no_agents'; hours: string };

/** How the fraud warning is given: a card-misuse victim is offered a freeze; the lobby screen gets it short. */
export interface FraudReplyOptions {
  /**
   * The customer reports their card was used without them (no scam scheme in the message): the warning card
   * says so, and the first step offered is freezing the card (a quick reply that starts the freeze_card flow),
   * not the "stop transferring" script meant for someone being talked into it.
   */
  cardMisuse?: boolean;
  /**
   * The customer already gave a code or password away (`fraud/code_already_given.ts`): the warning adds what
   * to do now (freeze the card, change the passwords), and the freeze is the first step offered.
   */
  codeGiven?: boolean;
  /**
   * A relative said to be in trouble (`fraud/why_a_scam.ts`): the warning says what that scam looks like
   * (`fraud/scheme_warnings.ts`), not the general "safe account" script.
   */
  relativeInTrouble?: boolean;
  /**
   * `kiosk`: the lobby screen's caption is read at a distance, so it is the warning's first words, the
   * hotline and where the case stands; the whole warning is spoken, and the card carries the hotlines. The
   * app shows the whole text.
   */
  channel?: Channel;
}

/**
 * The anti-fraud warning: shown at once, with a warning card; then the queue, or, when nobody can take the
 * case now, the hotlines, that the case is flagged for the first agent online, and a callback or a branch
 * appointment (as for any handoff nobody can take). The first step ("I've stopped", or the freeze) is
 * offered once, as a quick reply, never again as a button on the card.
 */
export function fraudReply(
  schemes: readonly string[],
  follow: FraudFollowUp,
  locale: Locale,
  options: FraudReplyOptions = {},
): ReplyDraft {
  const { cardMisuse = false, codeGiven = false, relativeInTrouble = false, channel = 'app' } = options;
  const kiosk = channel === 'kiosk';
  const names = schemes.map((s) => FRAUD_SCHEME_NAMES[s]?.[locale]).filter((n): n is string => !!n);
  const sep = locale === 'en' ? ' ' : '';
  const followText =
    follow.kind === 'queued'
      ? `${leadFor('fraud_risk', locale)}${sep}${queueText(follow.place, locale)}`
      : `${
          follow.why === 'closed'
            ? say('fraudClosed', locale, { hours: follow.hours })
            : say('fraudNoAgents', locale)
        }${sep}${say('fraudFlagged', locale)}${kiosk ? `${sep}${say('fraudBranchStaff', locale)}` : ''}`;
  const facts = cardMisuse ? null : schemeWarning(schemes, locale, relativeInTrouble);
  const warning = cardMisuse
    ? say('cardMisuseText', locale)
    : facts
      ? say('fraudSchemeText', locale, { facts })
      : say('fraudText', locale);
  const steps = codeGiven && !cardMisuse ? `${sep}${say('codeGivenSteps', locale)}` : '';
  const text = `${warning}${steps}${sep}${followText}`;
  // On the lobby screen the queue line shows the place and wait; the caption says only where the case is.
  const kioskFollow =
    follow.kind === 'queued'
      ? leadFor('fraud_risk', locale)
      : say(follow.why === 'closed' ? 'fraudClosedKiosk' : 'fraudNoAgentsKiosk', locale);
  const caption = `${say(cardMisuse ? 'cardMisuseKiosk' : 'fraudKiosk', locale)}${sep}${kioskFollow}`;
  const ack = say('fraudAck', locale);
  const freeze = { label: say('freezeNowLabel', locale), text: say('freezeNowText', locale) };
  const first = cardMisuse || codeGiven ? freeze : { label: ack, text: ack };
  const card: Card = {
    type: 'warning',
    title: say(cardMisuse ? 'cardMisuseTitle' : 'fraudTitle', locale),
    fields: [
      ...(names.length > 0
        ? [{ label: say('fraudWhat', locale), value: names.join(locale === 'en' ? '; ' : '；') }]
        : []),
      {
        label: say('fraudAction', locale),
        value: say(cardMisuse ? 'cardMisuseDoNow' : 'fraudDoNow', locale),
      },
      ...(kiosk ? [{ label: say('fraudCall', locale), value: say('fraudHotlines', locale) }] : []),
    ],
    actions: [],
    sensitive: false,
  };
  return draft('handoff', captioned(channel, text, caption), {
    card,
    quickReplies: [
      first,
      ...(follow.kind === 'unavailable' ? (kiosk ? inTheBranch(locale) : alternatives(locale)) : []),
    ],
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
  cardMisuse = false,
  channel: Channel = 'app',
  /** A relative said to be in trouble and money asked for them: that scam's warning, not the general one. */
  relativeInTrouble = false,
): ReplyDraft {
  const kiosk = channel === 'kiosk';
  if (faq)
    return draft('faq', faq.answer, {
      source: { id: faq.id, title: faq.title },
      confidence: Math.min(1, faq.score),
    });
  if (reason === 'asked_for_human')
    return draft('intent', say('contactInfo', locale), { intent: 'human_agent' });
  if (reason === 'fraud_risk' && cardMisuse)
    return draft(
      'intent',
      captioned(channel, say('cardMisuseText', locale), say('cardMisuseKiosk', locale)),
      {
        ...(kiosk
          ? {
              card: detailsCard('warning', say('cardMisuseTitle', locale), [
                { label: say('fraudAction', locale), value: say('cardMisuseDoNow', locale) },
              ]),
            }
          : {}),
        intent: 'fraud_report',
        quickReplies: [{ label: say('freezeNowLabel', locale), text: say('freezeNowText', locale) }],
      },
    );
  if (reason === 'fraud_risk')
    return draft(
      'intent',
      captioned(
        channel,
        relativeInTrouble ? RELATIVE_IN_TROUBLE_ANSWER[locale] : say('antiFraudAdvice', locale),
        say('antiFraudAdviceKiosk', locale),
      ),
      {
        ...(kiosk
          ? {
              card: detailsCard('info', say('antiFraudTitle', locale), [
                { label: say('fraudCall', locale), value: say('fraudHotlines', locale) },
              ]),
            }
          : {}),
        intent: 'fraud_report',
      },
    );
  return draft('intent', say(positive ? 'thanksForPraise' : 'notAComplaint', locale), {
    expression: positive ? 'happy' : 'neutral',
  });
}

/**
 * A message sent outside a turn (from an agent's action, possibly on another node), written in each
 * language (one replyId and time for both): the customer is given the one in their session's language when
 * it reaches them (`CustomerDelivery`), not the language the conversation was queued in, which they may
 * have left since (the language button, or typing in the other language).
 */
export type InEachLanguage = Readonly<Record<Locale, Reply>>;

export function inEachLanguage(write: (locale: Locale) => ReplyDraft, at = Date.now()): InEachLanguage {
  const replyId = randomUUID();
  const reply = (locale: Locale): Reply => ({ ...write(locale), replyId, locale, at });
  return { 'zh-CN': reply('zh-CN'), en: reply('en') };
}

export function agentJoinedReply(name: string): InEachLanguage {
  return inEachLanguage((locale) =>
    draft('handoff', say('agentJoined', locale, { name }), { expression: 'happy' }),
  );
}

/** Back to the assistant: the agent handed the customer back, or their console went away (`agentLost`). */
export function returnedReply(agentLost = false): InEachLanguage {
  return inEachLanguage((locale) => draft('handoff', say(agentLost ? 'agentLost' : 'returned', locale)));
}

/** The customer left the queue, or ended the chat with an agent (`withAgent`), outside a turn. */
export function endedByCustomerReply(withAgent: boolean): InEachLanguage {
  return inEachLanguage((locale) => (withAgent ? leftAgentReply(locale) : cancelledReply(locale)));
}

/**
 * What an agent typed, as typed (never translated). Its `locale` says what it is written in: the language
 * the agent clearly typed in, otherwise the customer's (so a lobby screen speaks it with a fitting voice).
 */
export function agentMessageReply(text: string): InEachLanguage {
  const typed = typedLanguage(text);
  const written = inEachLanguage(() => draft('agent', text));
  return typed
    ? { 'zh-CN': { ...written['zh-CN'], locale: typed }, en: { ...written.en, locale: typed } }
    : written;
}
