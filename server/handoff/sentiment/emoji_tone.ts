/**
 * Emoji that carry the tone a customer does not put in words: an eye-roll, a blank stare or an upside-down
 * smile ("🙃", "Declined at the till. 😑") is annoyance, and a smile or thumbs-up repeated after a problem
 * ("Payment failed. Again. 🙂🙂🙂") is a forced one. A smile or thumbs-up on its own, or after good news, is not.
 */

/** Eye-roll, blank or unamused face, upside-down smile, face-palm, steam, anger. */
const ANNOYED = /🙄|😑|😒|😤|😠|😡|🤬|🙃|💢|🤦|😮‍💨/gu;
/** A polite smile or thumbs-up typed two or more times in a row. */
const REPEATED_POLITE = /(🙂|👍|😊|🙏)(\s*(🙂|👍|😊|🙏)){1,}/u;

/** Weight of the annoyed emoji (the first counts as a clear negative word, more add little). */
export function annoyedEmojiWeight(text: string): number {
  const n = (text.match(ANNOYED) ?? []).length;
  return n === 0 ? 0 : 0.75 + 0.15 * Math.min(n - 1, 2);
}

/** Polite emoji repeated: forced politeness when the message also tells a problem. */
export function repeatedPoliteEmoji(text: string): boolean {
  return REPEATED_POLITE.test(text);
}
