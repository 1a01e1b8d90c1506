/**
 * A bare question word on its own ("why", "how?", "为什么", "为啥"): the customer wants the last answer
 * explained, which is no sign of anger by itself. The handoff model reads a lone "why" as frustrated (0.85),
 * so on its own it would hand the conversation over; an angry "WHY???" is still read by the rules
 * (shouting, repeated marks) and a "why" after frustrated turns by the trend.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const BARE = new Set([
  'why',
  'how',
  'what',
  'how so',
  'why is that',
  'why not',
  'what do you mean',
  'meaning',
  '为什么',
  '为啥',
  '为什么呢',
  '为啥呢',
  '怎么',
  '怎么了',
  '什么意思',
  '啥意思',
  '然后呢',
  '那怎么办',
]);

export function isBareQuestion(text: string): boolean {
  const marks = text.match(/[?？!！]/g)?.length ?? 0;
  return marks <= 1 && BARE.has(plainWords(text));
}
