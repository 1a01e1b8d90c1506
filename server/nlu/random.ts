/** A small seeded PRNG (mulberry32) so training, folds and shuffles are reproducible. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of `arr[0 .. n)` in place. */
export function shuffleInPlace(arr: Int32Array | number[], random: Random, n = arr.length): void {
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = arr[i] ?? 0;
    arr[i] = arr[j] ?? 0;
    arr[j] = t;
  }
}
