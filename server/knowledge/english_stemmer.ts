/**
 * A small suffix-stripping stemmer for English retrieval: plural and verb endings, -ly, -ment, final -e,
 * doubled final consonants (transferred → transfer, charges → charg, closing → clos, goes → go). It only
 * needs to map a query word and a document word to the same stem; the stems need not be words.
 */

const VOWEL = /[aeiouy]/;

function undouble(w: string): string {
  return /([b-df-hj-np-tv-xz])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

function strip(w: string, suffix: string, minStem: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stem = w.slice(0, -suffix.length);
  return stem.length >= minStem && VOWEL.test(stem) ? stem : null;
}

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiou]oes$/.test(w))
    w = w.slice(0, -2); // goes → go, does → do
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const ing = strip(w, 'ing', 3);
  const ed = ing === null ? strip(w, 'ed', 3) : null;
  if (ing !== null) w = undouble(ing);
  else if (ed !== null) w = undouble(ed);
  else w = strip(w, 'ly', 4) ?? strip(w, 'ment', 3) ?? w;

  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  return w;
}
