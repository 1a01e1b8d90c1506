/**
 * A message as the handoff rules read it: NFKC (full-width letters and digits as ASCII), lower case, and curly or
 * backtick apostrophes as a straight one, so "I’ve" and "I've" match the same pattern.
 */
export function ruleText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
}
