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
const keep = (chars: string): string =>
  chars.replace(/[\s\S]/g, (c) => String.fromCharCode(PRIVATE + c.charCodeAt(0)));

/**
 * Stars that mask a number or a name ("138****0003", "**** 3344", "李* **** 4321", "A*** **** 1357") are
 * text, not emphasis: a run of three or more, a run between two digits, and the stars after a name's one
 * shown character (a letter after no other letter or star, followed by no letter or digit).
 */
const MASK_RUN = /\*{3,}/g;
const MASK_BETWEEN_DIGITS = /(?<=\d)\*+(?=\d)/g;
const MASKED_NAME = /(?<![\p{L}\p{N}*\ue000-\ue07f])(\p{L})(\*{1,2})(?![\p{L}\p{N}*])/gu;
/** What is left of an unclosed `**` is dropped, unless it touches a digit or a mask: then it masks one. */
const STRAY_BOLD = /(?<![\d\ue02a])\*\*(?![\d\ue02a])/g;

/** Emphasis, code, links and escapes inside one line; masking stars are kept as they are. */
export function inlineText(text: string): string {
  return (
    text
      .replace(ESCAPED, (_m, c: string) => keep(c))
      .replace(MASK_RUN, keep)
      .replace(MASK_BETWEEN_DIGITS, keep)
      .replace(MASKED_NAME, (_m, letter: string, stars: string) => letter + keep(stars))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      // Bold: not "**1234" nor "5678**", the stars of a masked number (a bold figure, "**5000**元", is bold).
      .replace(/(?<!\d)(\*\*|__)(?=\S)([\s\S]*?\S)\1(?!\d)/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, '$1$2')
      .replace(STRAY_BOLD, '')
      .replace(KEPT, (c) => String.fromCharCode(c.charCodeAt(0) - PRIVATE))
      .trim()
  );
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
