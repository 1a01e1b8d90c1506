/** How the fraud cue patterns are written: shared by every cue module. */

/** A cue pattern: case-insensitive and Unicode-aware, matched against the lower-cased message. */
export const re = (source: string): RegExp => new RegExp(source, 'iu');

/**
 * One character inside the current clause, for Mandarin cues that must not reach across a comma. The
 * pipeline normalises text with NFKC, which turns "，" into ",", so a clause ends at either form of comma,
 * full stop, exclamation or question mark.
 */
export const IN_CLAUSE = String.raw`[^，。！？,.!?]`;
