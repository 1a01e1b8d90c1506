import { SentenceChunker } from '../sentence_chunker.ts';

/** Test helper: the sentences the streaming chunker would release for a whole text. */
export function splitSentencesForTest(text: string): string[] {
  const c = new SentenceChunker();
  return [...c.push(text), ...c.flush()];
}
