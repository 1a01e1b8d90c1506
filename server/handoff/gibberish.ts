/**
 * Keyboard mash and filler with nothing else in it: "blah blah 123 qwerty", "asdf 456", "lol 12 hjkl". The
 * handoff model knows none of its words, so the number's placeholder is all it reads, and numbers belong to
 * scam stories: it read "blah blah 123 qwerty" as a scam (0.94) and the customer got the whole fraud warning
 * with transfers held. Such a message gives the model nothing to read (`handoff_signals.ts`), as a message
 * without a word does; the assistant says it did not understand.
 *
 * Every word must be a number, a filler word, a run of keys along one keyboard row, one letter typed over and
 * over, or a string without a vowel; at least one must be mash or filler. A message with a word of any
 * language in it ("send 123 to qwerty") is read as before.
 */

/** Words typed as filler or to test the chat. */
const FILLER = new Set([
  'blah',
  'bla',
  'blabla',
  'blablabla',
  'yada',
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'hehe',
  'hmm',
  'hmmm',
  'meh',
  'test',
  'testing',
  'foo',
  'bar',
  'baz',
  'lorem',
  'ipsum',
  'dolor',
  'abc',
  'xyz',
  'etc',
]);

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NUMBER = /^\d[\d.,]*$/;
const VOWEL = /[aeiouy]/;

/** Three or more keys in a row along one keyboard row, either way ("qwerty", "asdf", "lkjh"). */
function keyboardRun(word: string): boolean {
  if (word.length < 3) return false;
  return ROWS.some((row) => row.includes(word) || [...row].reverse().join('').includes(word));
}

function mash(word: string): boolean {
  return (
    FILLER.has(word) ||
    keyboardRun(word) ||
    /^([a-z])\1{2,}$/.test(word) ||
    (word.length >= 4 && /^[a-z]+$/.test(word) && !VOWEL.test(word))
  );
}

/** The whole message is keyboard mash, filler and numbers (see the file comment). */
export function isGibberish(text: string): boolean {
  const s = text.normalize('NFKC').toLowerCase();
  if (/\p{Script=Han}/u.test(s) || s.length > 80) return false;
  const words = s.split(/[\s,.!?;:'"()\-_/]+/).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  return words.every((w) => NUMBER.test(w) || mash(w)) && words.some((w) => mash(w));
}
