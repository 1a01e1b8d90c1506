/**
 * A loss to a scammer told as something past, the scammer doing the fooling, not the bank: "我妈前年被群里的“投资老师”忽悠
 * 亏了八万", "去年被网友坑了两万", "my dad got conned by a fake broker two years ago". The scam's words (忽悠, 坑, "conned")
 * are said of the scammer long ago: they weigh as an off-topic clause does, so the customer's careful ask after them
 * is no anger at the bank (read beside `feared_scam.ts`). Never a clause that names the bank.
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** Long past. */
const PAST = String.raw`(前年|去年|之前|以前|早年|当年|那年|前几年|几年前|[一二两三四五六七八九十\d]+年前|上(个)?月)`;

/** Someone outside the bank who did the fooling. */
const OUTSIDER = String.raw`(人|别人|骗子|网友|老师|大师|专家|群|群里|对方|陌生人|微商|传销|假(冒)?${C}{0,4})`;

const LOSS_TO_A_SCAMMER = new RegExp(
  [
    // "前年被群里的“投资老师”忽悠亏了八万", "去年让骗子坑了两万".
    String.raw`${PAST}${C}{0,6}(被|让|叫)${C}{0,12}${OUTSIDER}${C}{0,6}(忽悠|坑|骗|套路|蒙)${C}{0,12}`,
    // "my dad got conned by a fake broker two years ago".
    String.raw`\b(got|was|were|been) (conned|scammed|ripped off|swindled|fleeced|duped)\b[^.?!]{0,40}\b(years? ago|last year|months ago|a while back|long ago)\b`,
  ].join('|'),
  'gu',
);

/** Start and end offsets of every loss to a scammer told as past in a lower-cased text (none said of the bank). */
export function lossToAScammerToldAsPastSpans(lower: string): Array<[number, number]> {
  return [...lower.matchAll(LOSS_TO_A_SCAMMER)]
    .filter((m) => !/你们|银行|贵行|\byou\b|\byour\b|\bthe bank\b/.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
}
