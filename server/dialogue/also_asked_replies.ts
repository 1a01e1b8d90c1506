/**
 * What the customer is told about a second request heard in the same message (`also_asked.ts`): that it
 * was heard, and that the button below gets it next. In both locales.
 */
import type { Locale } from '../protocol/protocol.ts';

/** How the request is named: by its subject (an article's title, a flow's name) or in the customer's words. */
export type AskedTopic =
  { type: 'subject'; name: string; action: 'answer' | 'do' } | { type: 'words'; words: string };

const FOLLOWS = {
  answer: { 'zh-CN': '点下面的按钮我接着回答。', en: "tap below and I'll answer that next." },
  do: { 'zh-CN': '点下面的按钮我接着帮您办。', en: "tap below and we'll do that next." },
} as const satisfies Record<string, Record<Locale, string>>;

/** "您还问到汇率查询，点下面的按钮我接着回答。" / "You also asked about checking exchange rates; tap below ...". */
export function alsoAskedNote(topics: readonly AskedTopic[], locale: Locale): string {
  const action = topics.some((t) => t.type === 'subject' && t.action === 'do') ? 'do' : 'answer';
  const named = topics.map((t) => nameIn(t, locale));
  if (locale === 'zh-CN') {
    const verb = topics.every((t) => t.type === 'subject' && t.action === 'do') ? '提到' : '问到';
    return `您还${verb}${named.join('和')}，${FOLLOWS[action]['zh-CN']}`;
  }
  const [first] = topics;
  const lead = topics.length === 1 && first?.type === 'words' ? 'You also asked' : 'You also asked about';
  return `${lead} ${named.join(' and ')}; ${FOLLOWS[action].en}`;
}

/** The button's label: the subject's name, or the customer's words. */
export function alsoAskedLabel(topic: AskedTopic, locale: Locale): string {
  if (topic.type === 'words') return topic.words;
  if (locale === 'zh-CN') return topic.name;
  return topic.name.charAt(0).toUpperCase() + topic.name.slice(1);
}

function nameIn(topic: AskedTopic, locale: Locale): string {
  if (topic.type === 'words') return locale === 'zh-CN' ? `“${topic.words}”` : `"${topic.words}"`;
  if (locale === 'zh-CN') return topic.name;
  // An English title mid-sentence: "Checking exchange rates" → "checking exchange rates"; "ATM ..." kept.
  return /^\p{Lu}\p{Ll}/u.test(topic.name)
    ? topic.name.charAt(0).toLowerCase() + topic.name.slice(1)
    : topic.name;
}
