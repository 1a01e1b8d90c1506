/**
 * Citation markers in a model answer: [transfer_fees], 【transfer_fees】, [a, b], [source: a]. Markers that
 * name a retrieved article are kept as the answer's sources; any other id is dropped (a model must not cite
 * what it was not given). All markers are removed from the text, which is shown and spoken.
 */

const MARKER =
  /[[【]\s*(?:source|sources|来源|资料|出处)?\s*[:：]?\s*([a-z][a-z0-9_]*(?:\s*[,，、]\s*[a-z][a-z0-9_]*)*)\s*[\]】]/gi;

export interface CitationResult {
  /** The text without markers. */
  text: string;
  /** Retrieved ids cited, in order of first citation. */
  cited: string[];
  /** Ids cited that were not retrieved (removed). */
  unknown: string[];
}

export function extractCitations(text: string, knownIds: ReadonlySet<string>): CitationResult {
  const cited: string[] = [];
  const unknown: string[] = [];
  const stripped = text.replace(MARKER, (_m, ids: string) => {
    for (const raw of ids.split(/[,，、]/)) {
      const id = raw.trim();
      const list = knownIds.has(id) ? cited : unknown;
      if (!list.includes(id)) list.push(id);
    }
    return '';
  });
  return {
    text: stripped
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/\s+([。！？；，.!?;,])/g, '$1')
      .trim(),
    cited,
    unknown,
  };
}
