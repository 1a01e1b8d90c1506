/**
 * Stratified K-fold assignment: each class is shuffled (seeded) and dealt round-robin across folds, with the
 * starting fold rotating between classes so fold sizes stay balanced.
 */
import { seededRandom, shuffleInPlace } from './random.ts';

/** Fold number (0..k-1) for each label position. */
export function stratifiedFolds(labels: readonly string[], k: number, seed = 7): Int32Array {
  if (k < 2) throw new Error(`k-fold needs k >= 2, got ${k}`);
  const byClass = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const list = byClass.get(l);
    if (list) list.push(i);
    else byClass.set(l, [i]);
  });
  const random = seededRandom(seed);
  const fold = new Int32Array(labels.length);
  let offset = 0;
  for (const key of [...byClass.keys()].sort()) {
    const members = byClass.get(key) ?? [];
    shuffleInPlace(members, random);
    members.forEach((idx, j) => {
      fold[idx] = (offset + j) % k;
    });
    offset = (offset + members.length) % k;
  }
  return fold;
}

/** Positions in fold `f` (test) and all other positions (train). */
export function foldSplit(fold: Int32Array, f: number): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  fold.forEach((v, i) => (v === f ? test : train).push(i));
  return { train, test };
}
