/**
 * What the assistant already tried, as the agent reads it: the kind of reply and what it was about
 * (`常见问题《不动户与激活》`, `Flow "Transfer money"`). An article is named by its title; its id is
 * kept for a tooltip.
 */
import type { ConversationSummary } from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { humanise, trDynamic } from './i18n.ts';
import { intentLabel } from './intent_labels.ts';

export interface TriedItem {
  text: string;
  /** The article's id, when the assistant answered from one. */
  sourceId?: string;
}

export function quoted(text: string, locale: Locale, article = false): string {
  if (locale === 'zh-CN') return article ? `《${text}》` : `「${text}」`;
  return `"${text}"`;
}

/** One item per attempt, the same attempt told twice in a row once. */
export function triedItems(
  tried: ConversationSummary['assistantTried'],
  titles: ReadonlyMap<string, string>,
  locale: Locale,
): TriedItem[] {
  const items: TriedItem[] = [];
  for (const t of tried) {
    const kind = trDynamic('kind', t.kind, locale);
    const about = t.source
      ? quoted(titles.get(t.source) ?? humanise(t.source), locale, true)
      : t.intent
        ? quoted(intentLabel(t.intent, locale), locale)
        : '';
    const text = about ? `${kind}${locale === 'zh-CN' ? '' : ' '}${about}` : kind;
    if (items.at(-1)?.text !== text) items.push({ text, ...(t.source ? { sourceId: t.source } : {}) });
  }
  return items;
}
