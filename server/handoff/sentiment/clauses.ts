/**
 * The clauses of a lower-cased message with their offsets: split at punctuation and, in Mandarin, at spaces
 * between Han characters, which typed and spoken Mandarin often uses for commas ("老板今天又骂人 心累 下班顺路来存个钱").
 */

const CLAUSE = /[^,.!?;:，。！？；：…\n]+/g;
const HAN_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

export interface Clause {
  text: string;
  /** Offset of the clause in the message. */
  index: number;
}

export function clausesOf(lower: string): Clause[] {
  // Same length, so offsets into it are offsets into `lower`.
  const split = lower.replace(HAN_SPACE, (gap) => '，'.repeat(gap.length));
  return [...split.matchAll(CLAUSE)].map((m) => ({ text: m[0], index: m.index }));
}
