/**
 * The summary pane of a conversation (brief, reason, triggers, intents, what was mentioned, what the
 * assistant tried, the sentiment sparkline) and its suggested replies, all in the console's language and
 * without identifiers: labels for reasons and intents, "type: value" for mentions, titles for articles.
 */
import type { ConversationDetail } from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { becauseLabel } from './because_labels.ts';
import { mentionsOf, sourceTitles } from './conversation_facts.ts';
import { mentionedItems } from './entity_labels.ts';
import { briefText } from './extractive_brief.ts';
import { list, tr, trDynamic } from './i18n.ts';
import { intentLabel } from './intent_labels.ts';
import { markdownToPlainText } from '../shared/markdown_text.ts';
import { richText } from './rich_text.ts';
import { sparkline } from './sparkline.ts';
import { triedItems } from './tried_labels.ts';
import { el, row } from './views.ts';

export function summaryView(
  d: ConversationDetail,
  locale: Locale,
  onPick: (text: string) => void,
): { summary: HTMLElement; suggestions: HTMLElement[] } {
  const s = d.summary;
  const titles = sourceTitles(d);
  const tried = el('span', 'tried');
  const items = triedItems(s.assistantTried, titles, locale);
  items.forEach((t, i) => {
    const item = el('span', 'tried-item', t.text);
    if (t.sourceId) item.title = t.sourceId;
    tried.append(...(i > 0 ? [locale === 'zh-CN' ? '、' : ', '] : []), item);
  });
  if (items.length === 0) tried.textContent = '-';
  const dl = el('dl');
  dl.append(
    row(tr('brief', locale), el('p', `brief ${s.brief.method}`, briefText(d, locale))),
    row(tr('reason', locale), trDynamic('reason', s.reason, locale)),
    row(
      tr('because', locale),
      s.because.length > 0
        ? list(
            s.because.map((b) => becauseLabel(b, locale)),
            locale,
          )
        : '-',
    ),
    row(
      tr('intents', locale),
      s.intents.length > 0
        ? list(
            s.intents.map((i) => `${intentLabel(i.intent, locale)} ×${i.count}`),
            locale,
          )
        : '-',
    ),
    row(tr('entities', locale), el('span', 'mentioned', mentionedList(d, locale))),
    row(tr('tried', locale), tried),
  );
  const spark = el('div', 'spark');
  spark.append(sparkline(s.sentiment.series), el('span', 'trend', s.sentiment.trend.toFixed(2)));
  dl.append(row(tr('sentiment', locale), spark));
  const suggestions = d.suggestions.map((sug) => {
    const li = el('li', `suggestion ${sug.kind}`);
    // A knowledge suggestion's heading is its article's title; the id is only its tooltip.
    const heading = el('strong', undefined, sug.kind === 'script' ? tr('standardReply', locale) : sug.title);
    if (sug.source) {
      heading.title = sug.source.id;
      heading.dataset.sourceId = sug.source.id;
    }
    li.append(heading, richText(sug.text, 'suggestion-text'));
    li.onclick = () => onPick(markdownToPlainText(sug.text));
    return li;
  });
  return { summary: dl, suggestions };
}

function mentionedList(d: ConversationDetail, locale: Locale): string {
  const items = mentionedItems(d.summary.entities, mentionsOf(d), locale);
  return items.length > 0 ? list(items, locale) : '-';
}
