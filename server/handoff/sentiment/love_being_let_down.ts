/**
 * Sarcastic delight at what the bank put the customer through, with the bank's own act that makes it absurd: "Love
 * being told to visit my nearest branch when you shut my nearest branch", "just love getting logged out after you
 * made me update the app", 最喜欢你们让我去网点办，结果你们把网点关了. The praise word reads as cheerful to the trained
 * model; the contradiction the bank caused is the grievance. Praise of what the bank does ("I love being told by your
 * app when my salary lands", "love getting cashback") names no contradiction of the bank's.
 */
import { ruleText } from '../rule_text.ts';

const LOVE_BEING_EN =
  /\b(love|adore|enjoy|loving) (being|getting) (told|sent|asked|charged|made|put|passed|bounced|redirected|transferred|cut off|logged out|locked out|ignored|fobbed off|hung up on|left|kept waiting|kept on hold|referred)\b/;
/** The bank's own act set against it: "when you shut…", "even though your app…". */
const BANKS_CONTRADICTION_EN =
  /\b(when|after|even though|though|although|but|while|since|because|and then) (you|your|you'?ve|you'?d|you have|you had|the bank|the branch|the app|this bank)\b/;

const LOVE_BEING_ZH =
  /(最|真|好|就|特别|太)(喜欢|爱|享受)(被你们|你们|被)[^。！？!?]{0,20}(让|叫|要|喊|告诉|推|踢|转来转去|扣|挂|晾)/;
const BANKS_CONTRADICTION_ZH =
  /(结果|可是|但是|但|偏偏|明明|而)[^。！？!?]{0,6}(你们|网点|银行|支行|app|系统|热线|客服|电话|柜台|柜员|经理)/;

/** Sarcastic delight at the bank's own contradiction (see the file comment). */
export function isLoveBeingLetDown(text: string): boolean {
  const lower = ruleText(text);
  return (
    (LOVE_BEING_EN.test(lower) && BANKS_CONTRADICTION_EN.test(lower)) ||
    (LOVE_BEING_ZH.test(lower) && BANKS_CONTRADICTION_ZH.test(lower))
  );
}
