/**
 * The part of an article that answers a follow-up about it. Asked "能免吗" right after the annual-fee article,
 * or "is there a fee?" after the one on card replacement, the customer has just read the whole article; giving
 * it again in full hides the answer in what they already read. The excerpt is the article's lines (a bullet,
 * or a sentence of a paragraph) that speak of what the follow-up asks: "首年免年费", "刷卡满6次…免次年年费",
 * "附属卡免年费". A lead-in ending in a colon is never picked. Null when no line does, or when every line does
 * (then the whole article is the answer).
 */

/** A line of the answer: a bullet as it is, a paragraph split into its sentences. */
function units(answer: string, locale: 'zh-CN' | 'en'): string[] {
  const out: string[] = [];
  for (const raw of answer.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^[-*]\s/.test(line) || /^\d+[.、)]\s?/.test(line)) {
      out.push(line);
      continue;
    }
    const sentences =
      locale === 'en' ? line.split(/(?<=[.!?])\s+(?=[A-Z"“(])/) : line.split(/(?<=[。！？；])/u);
    for (const s of sentences) if (s.trim() !== '') out.push(s.trim());
  }
  return out;
}

/**
 * The lines of `answer` for which `speaks` holds, one per line; null when none does or all do.
 * A bullet's text is kept as written; the lines are joined with line breaks. `leadIns`: a lead-in that
 * speaks of it may be picked too, said with a full stop ("…at ATMs abroad (the bank's own figures).").
 */
export function articleExcerpt(
  answer: string,
  locale: 'zh-CN' | 'en',
  speaks: (line: string) => boolean,
  options: { leadIns?: boolean } = {},
): string | null {
  const all = units(answer, locale);
  // A lead-in that ends in a colon introduces the lines after it and says nothing on its own.
  const picked = all
    .filter((line) => (options.leadIns || !/[:：]$/.test(line)) && speaks(line))
    .map((line) => line.replace(/[:：]$/, locale === 'en' ? '.' : '。'));
  if (picked.length === 0 || picked.length === all.length) return null;
  return picked.join('\n');
}
