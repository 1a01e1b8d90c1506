/**
 * A message that opens with a scam seen or read about in the news, an article or a programme, subject dropped:
 * "Just saw on the news about fake police calling people to move money. Does your bank ever ask…?", "Read an
 * article about courier scams, would you ever text me a link?". The past-tense opener ("saw", "read") is hearsay
 * here, not the start of the customer's own story ("Found a flat online…"), so `scam_question.ts` reads the rest
 * for a story without it. What follows still counts: "…They called me this morning" is a story.
 */

/** "(I) (just) saw / read / heard" followed by the news, an article or a programme, or "about". */
const NEWS_OPENER =
  /^(i )?(just |also |recently )?(saw|read|heard|seen|watched)(?= (on|in) (the )?(news|paper|papers|telly|tv|radio|local news|bbc|facebook|twitter|x)\b| (on|in) (a|an) (news )?(report|article|story|post|piece|video|programme|program|documentary)\b| (a|an|the|this|that) (news )?(report|article|story|post|piece|video|programme|program|documentary|segment|warning) (about|on|that|saying)\b| about\b)/u;

/** The text with a news opener's verb taken out (the rest kept as it was). */
export function withoutNewsOpener(lower: string): string {
  return lower.trimStart().replace(NEWS_OPENER, 'news:');
}
