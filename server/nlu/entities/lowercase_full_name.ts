/**
 * Names typed all in lowercase ("transfer 500 to jon smith"): English name rules take a lowercase word as a
 * one-word name, so only "jon" was kept. A lowercase word runs on into the next one when that one reads as a
 * surname: not a word that commonly follows a name in a request (asap, right now, thanks, first), not an
 * adverb in -ly, not a number word, and the first word is not a relative's title (to mum asap, to dad first).
 * Stopwords (my, now, tomorrow, account...) are checked by the caller.
 */

const AFTER_A_NAME = new Set(
  (
    'asap pls plz please thanks thx thank cheers ta right straight fast quick first soon before after until ' +
    'till as because cause coz cos since through thru but not just if while whose which there here yeah yes ' +
    'ok okay like tmr tmrw tomorow tomorrows tonite acct bank via urgent instead'
  ).split(' '),
);
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
    'million billion grand k'
  ).split(' '),
);
const RELATIVES = new Set(
  (
    'mum mom mam mummy mommy mother dad daddy father wife husband son daughter brother sister bro sis ' +
    'friend mate landlord landlady boss grandma grandpa granny nan nana gran aunt auntie uncle cousin ' +
    'partner girlfriend boyfriend fiance fiancee niece nephew parents kids'
  ).split(' '),
);

/** True when `first second`, both lowercase, reads as a first name and a surname. */
export function isLowercaseFullName(first: string, second: string): boolean {
  return (
    first === first.toLowerCase() &&
    second === second.toLowerCase() &&
    second.length >= 2 &&
    !RELATIVES.has(first) &&
    !AFTER_A_NAME.has(second) &&
    !NUMBER_WORDS.has(second) &&
    !/ly$/.test(second)
  );
}
