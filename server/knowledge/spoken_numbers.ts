/**
 * English amounts said in words, as a speech recogniser writes them ("sixty thousand", "a hundred thousand",
 * "five hundred", "eighty grand"), spelt as digits for retrieval, so they meet the articles' digits ("100,000",
 * "500") and the concept patterns that read a sum ("withdraw 80000 cash"). Only a run that holds a scale word
 * (hundred, thousand, million, billion) or comes before "grand" is a sum: "one card" and "two days" stay words.
 */
import { EN_NUMBER_WORDS, parseEnglishNumber } from '../nlu/entities/numerals.ts';

const SPOKEN_NUMBER = new RegExp(`\\b${EN_NUMBER_WORDS}\\b(?=(\\s+grand\\b)?)`, 'g');
const SCALE = /\b(?:hundred|thousand|million|billion)\b/;

/** `text` (normalised, lower case) with every spoken sum spelt as digits. */
export function spokenAmountsAsDigits(text: string): string {
  return text.replace(SPOKEN_NUMBER, (words: string, grand: string | undefined) => {
    if (!SCALE.test(words) && !grand) return words;
    const n = parseEnglishNumber(words);
    return n === null ? words : String(n);
  });
}
