/**
 * A change of mind that keeps only the other thing: "actually no, just the rate", "no wait, only the branch
 * hours", "哦不，只要查汇率" while a card freeze waits for a phone number. The front ("actually no") is no cancel
 * on its own: said alone, or before a detail ("actually no, make it 300", "no, just 300"), it answers the flow
 * (a deny at a read-back). It calls the flow off only with a rest that asks for one thing alone ("just X" /
 * "only X" / "只要X"); whether X is the flow or one of its details is for the caller to judge (call_off.ts).
 */

/** "actually no", "no wait", "hmm nah", "哦不", "不不", "其实不". */
const FRONT =
  /^(?:(?:actually|wait|hmm+|oh|ah|on second thoughts?)[,.!\s]+(?:no|nah|nope)|(?:no|nah|nope)[,.!\s]+(?:actually|wait))\b|^(?:[哦噢啊呃嗯]?不不?|其实不)(?=[，,。.!！\s])/iu;

/** After the front: "just X", "only X", "只要X", "只X", "光X". */
const ONLY = /^[，,。.!！\s]*(?:(?:i )?(?:just|only)\s+(?:want\s+|need\s+)?|只要|只想|只是想|只|光)(?=\S)/iu;

/** What a change of mind keeps ("the rate" of "actually no, just the rate"), or null. */
export function changeOfMindRest(text: string): string | null {
  const t = text.trim();
  const front = FRONT.exec(t);
  if (!front) return null;
  const after = t.slice(front[0].length);
  const only = ONLY.exec(after);
  if (!only) return null;
  const rest = after.slice(only[0].length).trim();
  return rest.length > 0 ? rest : null;
}
