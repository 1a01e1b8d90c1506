/**
 * A question asked on the side while a flow waits for an answer: "顺便问下补卡多少钱", "对了，补卡要多久", "by the way,
 * how much is a new card?". The lead-in ("顺便问下", "by the way") kept the look-up from finding the article
 * the question alone finds ("补卡多少钱" is answered with the replacement fee), so the customer got "抱歉，我没
 * 有听明白". The question is looked up without it. And in a loss report, "how do I get new ones" / "new card?"
 * / "新卡怎么办" asks about the replacement card: the card-replacement article, then the flow goes on.
 */

/** Words that only say a side question follows. */
const LEAD =
  /^(?:(?:哦|噢|啊|呃|嗯)[，,\s]*)?(?:顺便问(?:一下|下|问)?|顺便|对了|另外(?:问(?:一下|下))?|还有(?:个|一个)问题|我还有(?:个|一个)问题|by the way|btw|also|oh and|and also|quick question|one more thing)[，,:：。.!！\s-]*/iu;

/** The question without its side-question lead-in, or null when it has none (or nothing after it). */
export function withoutSideQuestionLead(text: string): string | null {
  const t = text.trim();
  const m = LEAD.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  return rest.length > 0 ? rest : null;
}

/** The article that says what a replacement card costs and how to get one. */
export const CARD_REPLACEMENT_ARTICLE = 'card_replacement_fee';

const NEW_CARD =
  /新卡|换(?:一)?张(?:新)?卡|重新办(?:一)?张|\bnew (?:ones?|cards?)\b|\breplacement(?: cards?)?\b|\breplace (?:it|them|my cards?|the cards?)\b|\bget (?:a )?(?:new|another) (?:one|card)\b/iu;

/** Asks about the new card that replaces a lost one ("how do i get new ones", "新卡怎么办"). */
export function asksForNewCard(text: string): boolean {
  return NEW_CARD.test(text);
}
