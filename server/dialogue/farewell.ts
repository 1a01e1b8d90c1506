/**
 * A goodbye inside thanks or a "no more" ("好的谢谢，再见", "谢谢 拜拜", "不用了，再见", "thanks, bye", "no that's
 * all, goodbye"): the customer is leaving. The intent model hears `thanks` or `deny` (their examples far
 * outnumber such mixes), whose replies ask "anything else?"; the policy answers these with the goodbye.
 * Adding the mixes to the goodbye examples was tried and cost three rows of the English held-out intent set
 * through the re-fitted out-of-scope threshold, so it is a rule on the words.
 */
const FAREWELL =
  /再见|拜拜|拜了|回见|先这样吧|\b(?:good ?bye|bye(?: bye)?|byebye|see (?:ya|you)|cya|take care)\b/iu;

/** Intents whose reply would ask for more of a customer who said goodbye with them. */
const LEAVING_WITH = new Set(['thanks', 'deny']);

/**
 * The message has a goodbye's own words ("再见", "bye", "88" alone), not only what a goodbye may sound like
 * ("那就这样吧").
 */
export function saysFarewell(text: string): boolean {
  return FAREWELL.test(text) || /^\s*886?\s*[!！。.~～]*\s*$/u.test(text);
}

export function saysGoodbyeWith(intent: string, text: string): boolean {
  return LEAVING_WITH.has(intent) && FAREWELL.test(text);
}

/**
 * A close call between thanks, a "no" and a goodbye ("cool thx bye": thanks 54%, goodbye next) in a message
 * with a goodbye's own words: the customer is leaving, not to be asked which they meant.
 */
export function saysGoodbyeInCloseCall(intents: readonly string[], text: string): boolean {
  return intents.every((i) => i === 'goodbye' || LEAVING_WITH.has(i)) && FAREWELL.test(text);
}
