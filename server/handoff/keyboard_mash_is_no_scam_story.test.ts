/**
 * "blah blah 123 qwerty" is keyboard mash: the handoff model knew none of its words and read the number as a
 * scam story. Mash, filler and numbers on their own give the model nothing to read; a message with a word in it
 * is read as before.
 */
import { describe, expect, it } from 'vitest';
import { isGibberish } from './gibberish.ts';

describe('keyboard mash', () => {
  it.each(['blah blah 123 qwerty', 'asdf 456 zxcv', 'lol 12 hjkl', 'sdkfj 88', 'aaaa', 'qwerty'])(
    '"%s" is gibberish',
    (text) => {
      expect(isGibberish(text)).toBe(true);
    },
  );

  it.each([
    '123',
    'send 123 to qwerty',
    'my card 1234 is blocked',
    'hello 123',
    '啊啊 123',
    'transfer 5000 to the safe account',
    'ok',
  ])('"%s" is not', (text) => {
    expect(isGibberish(text)).toBe(false);
  });
});
