/**
 * FAQ answers (and model answers) are written in Markdown. The console shows them as plain text: one block
 * per paragraph line or list item, with the markup taken out (`**bold**` -> `bold`, `- item` -> a bullet,
 * `[text](url)` -> `text`). The blocks are data, not HTML: the views set them with textContent.
 */

export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'item';
      /** "•" for a bullet, "3." for the third item of a numbered list. */
      marker: string;
      /** Nesting level, 0 at the margin. */
      depth: number;
      text: string;
    };

export const BULLET = '•';

const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s*>\s?/;
const BULLET_ITEM = /^(\s*)[-*+•]\s+(.*)$/;
const NUMBERED_ITEM = /^(\s*)(\d{1,3})(?:[.)．]\s+|、\s*)(.*)$/;

/** `\*` is a literal star: kept aside (as a private-use character) while the markup is taken out. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const PRIVATE = 0xe000;
const KEPT = /[\ue000-\ue07f]/g;

/** Emphasis, code, links and escapes inside one line. */
export function inlineText(text: string): string {
  return text
    .replace(ESCAPED, (_m, c: string) => String.fromCharCode(PRIVATE + c.charCodeAt(0)))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2')
    .replace(/\*\*/g, '')
    .replace(KEPT, (c) => String.fromCharCode(c.charCodeAt(0) - PRIVATE))
    .trim();
}

export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let inFence = false;
  let previousBlank = true;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    const line = inFence ? raw : raw.replace(QUOTE, '');
    if (line.trim() === '' || (!inFence && RULE.test(line))) {
      previousBlank = true;
      continue;
    }
    const bullet = inFence ? null : BULLET_ITEM.exec(line);
    const numbered = inFence || bullet ? null : NUMBERED_ITEM.exec(line);
    const last = blocks.at(-1);
    if (bullet || numbered) {
      const indent = (bullet?.[1] ?? numbered?.[1] ?? '').replace(/\t/g, '    ').length;
      blocks.push({
        kind: 'item',
        marker: bullet ? BULLET : `${numbered![2]}.`,
        depth: Math.min(3, Math.floor(indent / 2)),
        text: inlineText(bullet ? bullet[2]! : numbered![3]!),
      });
    } else if (last?.kind === 'item' && !previousBlank && /^\s/.test(line)) {
      last.text = joinLines(last.text, inlineText(line)); // an item's continuation line
    } else {
      const heading = inFence ? null : HEADING.exec(line);
      const text = inFence ? line.trimEnd() : inlineText(heading ? heading[1]! : line);
      if (text !== '') blocks.push({ kind: 'paragraph', text });
    }
    previousBlank = false;
  }
  return blocks;
}

/** The same blocks as lines of text ("• item", "2. step"), for a reply box or a copy. */
export function markdownToPlainText(markdown: string): string {
  return markdownBlocks(markdown)
    .map((b) => (b.kind === 'item' ? `${'  '.repeat(b.depth)}${b.marker} ${b.text}` : b.text))
    .join('\n');
}

const CJK_END = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function joinLines(a: string, b: string): string {
  return CJK_END.test(a) && CJK_START.test(b) ? a + b : `${a} ${b}`;
}
