/**
 * The words of a scam message quoted inside a question about such messages: "Are those 'your parcel is held, pay a
 * 1.99 customs fee' texts fake?", "“您的包裹滞留，需补缴关税”这种短信是真的吗". The quote is the scam's text (its "you",
 * its "pay"), not the customer's story; `scam_question.ts` reads the story outside it, where "I paid it", "I got a
 * text" or "他让我" still count.
 */

/** A span in quotes: single quotes opening after a space (not an apostrophe), double quotes, corner brackets. */
const QUOTED =
  /(^|\s)['‘][^'’\n]{3,120}['’](?=[\s,.!?;:]|$)|["“][^"”\n]{3,120}["”]|[「『][^」』\n]{2,120}[」』]/gu;

/** The lower-cased message with its quoted spans blanked. */
export function withoutQuotedMessages(lower: string): string {
  return lower.replace(QUOTED, ' ');
}
