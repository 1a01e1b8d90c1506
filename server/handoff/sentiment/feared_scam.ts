/**
 * A scam the customer fears may one day reach them or someone they look after, told as the reason for a
 * protective setting ("给我爸的卡设上 他八十二了 我怕他哪天被人忽悠", "老人家容易被人坑", "I'm scared he'll get conned one day"): the words of the scam (忽悠, 坑, 骗) are
 * said of a scammer still to come, not of the bank, and weigh as off topic. Said of the bank ("你们这不是忽悠人吗",
 * "怕又被你们坑了") they are still anger.
 */

import { EN_FEARED_SCAM } from '../fraud/scam_worry.ts';

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** Someone outside the bank: 人, 别人, 骗子. */
const OUTSIDER = String.raw`(人|别人|外人|坏人|骗子|陌生人|那些人|有心人)`;

/** The words of a scam. */
const SCAM_WORD = String.raw`(忽悠|骗|坑|套路|蒙)`;

const FEARED_SCAM = new RegExp(
  [
    // Afraid an outsider will do it: "我怕他哪天被人忽悠", "担心老人让骗子坑了".
    String.raw`(怕|担心|害怕|生怕|就怕)${C}{0,8}(被|让|叫)${OUTSIDER}${C}{0,4}${SCAM_WORD}`,
    // Some day, prone to: "哪天被人忽悠", "老人家容易被忽悠".
    String.raw`(哪天|以后|将来|万一|日后|今后|总有一天|容易)${C}{0,4}(被|让)${OUTSIDER}?${C}{0,3}${SCAM_WORD}`,
    // Afraid it will happen to them: "I'm scared he'll get conned one day", "I worry she'll get ripped off".
    EN_FEARED_SCAM,
  ].join('|'),
  'gu',
);

/** Start and end offsets of every feared scam in a lower-cased text (none said of the bank). */
export function fearedScamSpans(lower: string): Array<[number, number]> {
  return [...lower.matchAll(FEARED_SCAM)]
    .filter((m) => !/你们|银行|贵行/.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
}
