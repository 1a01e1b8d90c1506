/**
 * The clauses of a lower-cased message with their offsets: split at punctuation and, in Mandarin, at spaces
 * between Han characters, which typed and spoken Mandarin often uses for commas ("老板今天又骂人 心累 下班顺路来存个钱"),
 * and in English at a spoken filler, which unpunctuated speech to the lobby screen uses for one ("it's bucketing
 * down and my umbrella just snapped um i just need to pay in these cheques").
 */

const CLAUSE = /[^,.!?;:，。！？；：…\n]+/g;
const HAN_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
/** "um", "uh", "erm" between two words of spoken English. */
const EN_FILLER = /(?<=[a-z'])\s+(?:u+m+|u+h+|e+r+m+)\s+(?=[a-z])/g;

export interface Clause {
  text: string;
  /** Offset of the clause in the message. */
  index: number;
}

export function clausesOf(lower: string): Clause[] {
  // Same length, so offsets into it are offsets into `lower`.
  const split = lower
    .replace(HAN_SPACE, (gap) => '，'.repeat(gap.length))
    .replace(EN_FILLER, (filler) => ','.repeat(filler.length));
  return [...split.matchAll(CLAUSE)].map((m) => ({ text: m[0], index: m.index }));
}
