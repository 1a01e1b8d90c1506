/**
 * DOM for an answer written in Markdown (markdown_text.ts): a paragraph or a bulleted line per block, all
 * set with textContent, and the line naming the article an answer came from (its title; the id only in
 * the tooltip).
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { humanise, pair, tr } from './i18n.ts';
import { markdownBlocks } from '../shared/markdown_text.ts';

function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function richText(markdown: string, className = 'text'): HTMLDivElement {
  const box = node('div', `${className} md`);
  for (const b of markdownBlocks(markdown)) {
    if (b.kind === 'paragraph') {
      box.append(node('p', 'md-p', b.text));
      continue;
    }
    const item = node('p', `md-item depth-${b.depth}`);
    item.append(node('span', 'md-marker', b.marker), document.createTextNode(` ${b.text}`));
    box.append(item);
  }
  return box;
}

/** "来源：不动户与激活" / "Source: Dormant accounts", the article id as the tooltip. */
export function sourceLine(id: string, title: string | undefined, locale: Locale): HTMLElement {
  const line = node('p', 'source', pair(tr('source', locale), title ?? humanise(id), locale));
  line.title = id;
  line.dataset.sourceId = id;
  return line;
}
