/**
 * What the assistant says to a wish about the conversation's language (`language_switch.ts`), in the
 * language the conversation goes on in: the switch confirmed ("好的，我们用中文继续。"), a short yes when it
 * already speaks it ("Yes, I speak English."), or the languages it does speak when asked for another one.
 * The lead is said before a running flow's question; outside a flow the assistant asks how it can help.
 */
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import type { ReplyDraft, TurnContext } from '../pipeline/stages.ts';
import type { LanguageWish } from './language_switch.ts';

export type LanguageOutcome = 'switched' | 'already' | 'unsupported';

const LEAD: Record<LanguageOutcome, Record<Locale, string>> = {
  switched: {
    'zh-CN': '好的，我们用中文继续。',
    en: 'Sure, let’s continue in English.',
  },
  already: {
    'zh-CN': '可以的，我会说中文。',
    en: 'Yes, I speak English.',
  },
  unsupported: {
    'zh-CN': '抱歉，我目前只会说普通话和英文（English）。',
    en: 'Sorry, I can only speak English and Mandarin (中文).',
  },
};

const HOW_CAN_I_HELP: Record<Locale, string> = {
  'zh-CN': '有什么可以帮您？',
  en: 'How can I help?',
};

/** Whether this turn switched to the language asked for (the session took it before the turn). */
export function languageOutcome(
  wish: LanguageWish,
  ctx: Pick<TurnContext, 'locale' | 'switchedFrom'>,
): LanguageOutcome {
  if (wish.target === null) return 'unsupported';
  return ctx.switchedFrom !== undefined && ctx.locale === wish.target ? 'switched' : 'already';
}

export function languageLead(outcome: LanguageOutcome, locale: Locale): string {
  return LEAD[outcome][locale];
}

/** The answer outside a flow, with the assistant's menu (the greeting's quick replies) in that language. */
export function languageSwitchReply(
  outcome: LanguageOutcome,
  locale: Locale,
  menu: QuickReply[],
): ReplyDraft {
  const sep = locale === 'en' ? ' ' : '';
  return {
    kind: 'intent',
    text: `${LEAD[outcome][locale]}${sep}${HOW_CAN_I_HELP[locale]}`,
    intent: null,
    confidence: 1,
    entities: [],
    source: null,
    quickReplies: menu,
    expression: outcome === 'unsupported' ? 'neutral' : 'happy',
  };
}
