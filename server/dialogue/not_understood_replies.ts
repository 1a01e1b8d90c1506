/**
 * What the assistant says when the customer did not understand it (`not_understood_step.ts`): sorry, and
 * after an answer which part to explain, before any answer what they would like to do (with two examples),
 * a member of staff offered either way; said again right after, whether a member of staff should help.
 */
import type { ReplyDraft } from '../pipeline/stages.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';

/** When it is said: after an answer, before anything was answered, or right after it was said already. */
export type NotUnderstoodWhen = 'afterAnswer' | 'nothingYet' | 'again' | 'notSolved';

const TEXT: Record<NotUnderstoodWhen, Record<Locale, string>> = {
  afterAnswer: {
    'zh-CN':
      '抱歉，我刚才没说清楚。您是哪一点不明白？直接问我那一点就行，我再详细说；想请工作人员帮您，点“转人工”就行。',
    en: 'Sorry, I didn’t make that clear. Which part didn’t make sense? Ask me about just that part and I’ll explain it, or tap “Talk to a person” and a member of staff will help.',
  },
  nothingYet: {
    'zh-CN':
      '抱歉，是我没说清楚。您可以换个说法告诉我想办什么，比如“查余额”“挂失银行卡”；想请工作人员帮您，点“转人工”就行。',
    en: 'Sorry, I didn’t make that clear. Tell me in other words what you’d like to do, for example “check my balance” or “report a lost card”, or tap “Talk to a person” and a member of staff will help.',
  },
  /** "还是不行" / "still doesn't work" after an answer (`still_not_working.ts`). */
  notSolved: {
    'zh-CN':
      '抱歉，刚才的办法没能解决您的问题。您可以告诉我现在卡在哪一步、看到什么提示，我再帮您看看；想请工作人员帮您，点“转人工”就行。',
    en: 'Sorry that didn’t solve it. Tell me where you’re stuck or what message you see, and I’ll look again, or tap “Talk to a person” and a member of staff will help.',
  },
  again: {
    'zh-CN': '抱歉，看来我解释得还不够清楚。要不要请工作人员来帮您？',
    en: 'Sorry, my explanations aren’t helping. Shall I ask a member of staff to help you?',
  },
};

const PERSON: Record<Locale, QuickReply> = {
  'zh-CN': { label: '转人工', text: '转人工' },
  en: { label: 'Talk to a person', text: 'talk to a person' },
};

const NO_THANKS: Record<Locale, QuickReply> = {
  'zh-CN': { label: '不用，我换个问法', text: '不用了' },
  en: { label: 'No, I’ll ask another way', text: 'no thanks' },
};

export function notUnderstoodReply(locale: Locale, when: NotUnderstoodWhen): ReplyDraft {
  return {
    kind: 'intent',
    text: TEXT[when][locale],
    intent: null,
    confidence: 1,
    entities: [],
    source: null,
    quickReplies: when === 'again' ? [PERSON[locale], NO_THANKS[locale]] : [PERSON[locale]],
    expression: 'neutral',
  };
}
