/**
 * Every message of a handoff, as the lobby screen (`kiosk`) shows it, fits a caption read at a distance:
 * at most 90 Chinese or 160 English characters. A longer message is captioned short, spoken whole
 * (`speech`), and keeps its details on the card; the app shows the whole text. The fraud case's later "still
 * nobody online" message, the queue with a long lead, the callback confirmations and the anti-fraud advice
 * used to be captioned whole (up to 306 characters).
 *
 * Every reply this module exports is checked: a new one fails here until it is listed.
 */
import { describe, expect, it } from 'vitest';
import { HANDOFF_REASONS, type HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { Channel, Locale } from '../protocol/protocol.ts';
import type { ReplyDraft } from '../pipeline/stages.ts';
import * as replies from './handoff_replies.ts';

const CAPTION_MAX: Record<Locale, number> = { 'zh-CN': 90, en: 160 };
const LOCALES = ['zh-CN', 'en'] as const;
const PLACES = [
  { position: 1, etaSec: 30 },
  { position: 2, etaSec: 210 },
  { position: 12, etaSec: 1990 },
];
const FAQ = null;

/** Every reply of the module, in every variant, on `channel`; named for the failure message. */
function everyReply(locale: Locale, channel: Channel): Map<string, ReplyDraft> {
  const out = new Map<string, ReplyDraft>();
  const add = (name: string, r: ReplyDraft): void => void out.set(name, r);
  const reasons = HANDOFF_REASONS as readonly HandoffReason[];
  for (const reason of reasons)
    for (const place of PLACES)
      add(`queuedReply ${reason} ${place.position}`, replies.queuedReply(reason, place, locale, channel));
  for (const place of PLACES)
    add(`stillQueuedReply ${place.position}`, replies.stillQueuedReply(place, locale));
  add('unavailableReply closed', replies.unavailableReply('closed', '09:00-18:00', locale));
  add('unavailableReply no_agents', replies.unavailableReply('no_agents', '09:00-18:00', locale));
  for (const why of ['closed', 'no_agents'] as const)
    for (const reason of reasons)
      add(
        `unavailableReply ${why} ${reason}`,
        replies.unavailableReply(why, '09:00-18:00', locale, reason, channel),
      );
  for (const notedFor of ['none', 'callback', 'queued'] as const) {
    add(`unavailableNotedReply ${notedFor}`, replies.unavailableNotedReply(locale, notedFor));
    add(`unplacedNoAgentsReply ${notedFor}`, replies.unplacedNoAgentsReply(locale, notedFor));
  }
  for (const now of ['open', 'closed', 'no_agents'] as const)
    for (const hours of ['00:00-24:00', '09:00-18:00'])
      add(`agentHoursReply ${now} ${hours}`, replies.agentHoursReply(hours, now, locale));
  for (const place of [null, ...PLACES])
    for (const stopped of [false, true])
      add(
        `fraudFollowUpReply ${place?.position ?? '-'} ${stopped}`,
        replies.fraudFollowUpReply(place, locale, channel, stopped),
      );
  for (const place of [null, ...PLACES])
    add(
      `fraudFollowUpReply ${place?.position ?? '-'} moneyBack`,
      replies.fraudFollowUpReply(place, locale, channel, false, true),
    );
  add('fraudCaseStandsReply', replies.fraudCaseStandsReply(locale));
  const stories = [
    { schemes: ['safe_account'], codeGiven: false, cardMisuse: false },
    { schemes: ['remote_access', 'victim_report'], codeGiven: true, cardMisuse: false },
    { schemes: [], codeGiven: false, cardMisuse: true },
  ];
  const wheres: Parameters<typeof replies.fraudNextStepsReply>[1][] = [
    ...[null, ...PLACES].map((place) => ({ open: true as const, place })),
    { open: false, stands: null },
    { open: false, stands: 'x' },
  ];
  for (const [i, story] of stories.entries())
    for (const [j, where] of wheres.entries())
      add(`fraudNextStepsReply ${i} ${j}`, replies.fraudNextStepsReply(story, where, locale, channel));
  add('helpMenuReply', replies.helpMenuReply(locale, [{ label: 'x', text: 'x' }]));
  add('languageReply', replies.languageReply(locale));
  for (const reason of reasons)
    add(`waitingNoAgentsReply ${reason}`, replies.waitingNoAgentsReply(reason, locale, channel));
  add('callbackReply askPhone', replies.callbackReply(locale, { askPhone: true, channel }));
  for (const to of [undefined, '138****5678'])
    for (const leftQueue of [false, true])
      for (const fraud of [false, true])
        add(
          `callbackReply to=${to ?? '-'} leftQueue=${leftQueue} fraud=${fraud}`,
          replies.callbackReply(locale, { ...(to ? { to } : {}), leftQueue, fraud, channel }),
        );
  add('cancelledReply', replies.cancelledReply(locale));
  add('leftAgentReply', replies.leftAgentReply(locale));
  const schemes = [[], ['safe_account', 'authority_impersonation', 'money_mule', 'romance_scam']];
  const follows: replies.FraudFollowUp[] = [
    ...PLACES.map((place) => ({ kind: 'queued' as const, place })),
    { kind: 'unavailable', why: 'closed', hours: '09:00-18:00' },
    { kind: 'unavailable', why: 'no_agents', hours: '09:00-18:00' },
  ];
  for (const s of schemes)
    for (const follow of follows)
      for (const cardMisuse of [false, true])
        add(
          `fraudReply ${s.length} ${follow.kind} ${cardMisuse}`,
          replies.fraudReply(s, follow, locale, { cardMisuse, channel }),
        );
  for (const reason of ['complaint', 'fraud_risk', 'asked_for_human'] as const)
    for (const positive of [false, true])
      for (const cardMisuse of [false, true])
        add(
          `vetoedIntentReply ${reason} ${positive} ${cardMisuse}`,
          replies.vetoedIntentReply(reason, FAQ, positive, locale, cardMisuse, channel),
        );
  // Sent outside a turn, in each language; the customer gets the one of their language.
  add('agentJoinedReply', replies.agentJoinedReply('坐席一号 Agent One')[locale]);
  add('returnedReply', replies.returnedReply()[locale]);
  add('returnedReply agentLost', replies.returnedReply(true)[locale]);
  add('endedByCustomerReply queued', replies.endedByCustomerReply(false)[locale]);
  add('endedByCustomerReply withAgent', replies.endedByCustomerReply(true)[locale]);
  return out;
}

/** Exports of the module that are not replies. */
const NOT_REPLIES = new Set([
  'estimateWait',
  'queueText',
  'cancelAction',
  'alternatives',
  'inEachLanguage',
  // What an agent typed is passed on as typed: its length is the agent's.
  'agentMessageReply',
]);

describe('handoff replies on the lobby screen', () => {
  it('every exported reply is checked here', () => {
    const checked = new Set([...everyReply('en', 'kiosk').keys()].map((name) => name.split(' ')[0]));
    const exported = Object.entries(replies)
      .filter(([name, v]) => typeof v === 'function' && !NOT_REPLIES.has(name))
      .map(([name]) => name);
    expect(exported.filter((name) => !checked.has(name))).toEqual([]);
  });

  it.each(LOCALES)('%s: every caption fits, and a shortened one is spoken whole', (locale) => {
    const app = everyReply(locale, 'app');
    const tooLong: string[] = [];
    for (const [name, r] of everyReply(locale, 'kiosk')) {
      if (r.text.length > CAPTION_MAX[locale]) tooLong.push(`${name} (${r.text.length}): ${r.text}`);
      const full = app.get(name)!;
      // Nobody at the remote desk: the lobby screen has its own reply (the branch's staff, a queue number).
      if (/^unavailableReply \S+ \S+/.test(name)) {
        expect(r.text, name).toMatch(locale === 'en' ? /lobby manager/ : /大堂经理/);
        if (r.speech !== undefined) expect(r.speech.endsWith(r.text), name).toBe(true);
        continue;
      }
      if (r.text === full.text) {
        expect(r.speech, name).toBeUndefined();
        continue;
      }
      // Shortened: the app's whole text is what the lobby screen says, with the same buttons.
      expect(r.speech, name).toBe(callbackSpoken(name, full.text, locale));
      // The same buttons, except that in the branch a queue number takes the place of booking a branch.
      if (/^fraudReply \S+ unavailable/.test(name))
        expect(
          r.quickReplies.map((q) => q.text),
          name,
        ).toContain(locale === 'en' ? 'Take a queue number' : '取号');
      else expect(r.quickReplies, name).toEqual(full.quickReplies);
    }
    expect(tooLong).toEqual([]);
  });

  it.each(LOCALES)('%s: the details a short caption leaves out are on the card', (locale) => {
    const kiosk = everyReply(locale, 'kiosk');
    const onCard = (name: string): string =>
      (kiosk.get(name)?.card?.fields ?? []).map((f) => `${f.label} ${f.value}`).join(' | ');
    // The fraud case's "still nobody online": all the hotlines.
    expect(onCard('waitingNoAgentsReply fraud_risk')).toMatch(/96110.*110/);
    expect(kiosk.get('waitingNoAgentsReply fraud_risk')?.text).toContain('96110');
    // A callback: the number it goes to (shown, never spoken), and for a fraud case the hotlines.
    const given = kiosk.get('callbackReply to=138****5678 leftQueue=true fraud=true')!;
    expect(onCard('callbackReply to=138****5678 leftQueue=true fraud=true')).toMatch(
      /138\*\*\*\*5678.*96110/,
    );
    expect(given.card?.sensitive).toBe(true);
    expect(`${given.text} ${given.speech}`).not.toContain('5678');
    // The anti-fraud advice: what to do and whom to call.
    expect(onCard('vetoedIntentReply fraud_risk false false')).toMatch(/96110/);
    // A queued customer's place and wait are on the queue card.
    expect(kiosk.get('queuedReply complaint 12')?.card?.type).toBe('queue');
  });

  it('the app keeps the whole text, unspoken apart', () => {
    for (const locale of LOCALES)
      for (const [name, r] of everyReply(locale, 'app')) expect(r.speech, name).toBeUndefined();
    expect(replies.waitingNoAgentsReply('fraud_risk', 'en', 'app').text).toContain(
      'call the number on the back of your card or 96110',
    );
  });
});

/**
 * The lobby screen says a callback to a given number without the number (it is on the screen only), and a
 * scam nobody at the remote desk can take is sent on to the branch's own staff.
 */
function callbackSpoken(name: string, full: string, locale: Locale): string {
  if (/^fraudReply \S+ unavailable/.test(name))
    return `${full}${locale === 'en' ? " You're in the branch: please go to the lobby manager or a counter now and they will help you." : '您就在网点，请马上找大堂经理或柜台工作人员帮您处理。'}`;
  if (!name.startsWith('callbackReply to=138')) return full;
  return full.replace(
    locale === 'en'
      ? /Our team will call 138\*\*\*\*5678 during service hours/
      : /客服将在服务时间内拨打 138\*\*\*\*5678 联系您/,
    locale === 'en'
      ? 'Our team will call the number you gave during service hours'
      : '客服将在服务时间内拨打您留下的号码联系您',
  );
}
