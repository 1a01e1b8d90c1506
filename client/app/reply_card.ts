/** An FAQ answer as a card: the article's title, the answer, and where it comes from. */
import { markdownToPlainText } from '../shared/markdown_text.ts';
import type { Locale, Reply } from '../../server/protocol/protocol.ts';
import { pair } from '../shared/i18n.ts';
import { at } from './app_text.ts';

export function replyCard(reply: Pick<Reply, 'text' | 'source' | 'kind'>, locale: Locale): HTMLElement {
  const card = document.createElement('article');
  card.className = 'bubble assistant card';
  card.dataset['role'] = 'assistant';
  card.dataset['kind'] = reply.kind;
  if (reply.source) {
    const title = document.createElement('h3');
    title.className = 'card-title';
    title.textContent = reply.source.title;
    card.appendChild(title);
  }
  const body = document.createElement('p');
  body.className = 'card-body';
  body.textContent = markdownToPlainText(reply.text);
  card.appendChild(body);
  if (reply.source) {
    const foot = document.createElement('footer');
    foot.className = 'source';
    foot.textContent = pair(at('source', locale), reply.source.title, locale);
    card.appendChild(foot);
  }
  return card;
}
