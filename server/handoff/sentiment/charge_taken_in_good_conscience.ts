/**
 * A charge the bank took, questioned as a matter of conscience: "扣我48块管理费，这钱收得心安理得吗", "这种钱你们也好意思收", "你们收这种钱好意思吗",
 * "£30 for a two-day overdraft. How do you sleep at night?", "charging interest on a payment you delayed, in good
 * conscience?". No angry word is said; the rhetorical question is the reproach. The model reads a question about a
 * fee. A fee asked about ahead ("is the fee fair compared to other banks?", "这个管理费合理吗") is none.
 */
import { ruleText } from '../rule_text.ts';

/** A charge or money named. */
const CHARGE_ZH = /费|扣|收|钱|块|元/;
const CHARGE_EN =
  /\b(fees?|charges?|charged|charging|interest|penalty|penalties|took|taking|taken|debited)\b|[£$€¥]\s?\d/;

/** The question of conscience. */
const CONSCIENCE_ZH =
  /(收|扣|拿)(得|的)(心安理得|理直气壮|问心无愧|安心|踏实|下手|出手)|(好意思|忍心|舍得)(收|扣|拿)|(收|扣)(得|的)(下去|出手)|(收|扣|拿)(这|那)?(种|样的)?(钱|费)[^，。！？?]{0,4}(好意思|不脸红|不亏心|脸红|亏心)/;
const CONSCIENCE_EN =
  /\bhow (do|can) (you|your (staff|people|bank)|the bank) (sleep at night|live with (yourselves|it)|look (yourselves|your customers) in the (eye|mirror))\b|\bwith a straight face\b|\bin (good|all good) conscience\b|\b(does|do) (that|it|this) (sit|feel) (right|well|ok|okay|good) with you\b/;

/** A charge taken, questioned as a matter of conscience (see the file comment). */
export function isChargeTakenInGoodConscience(text: string): boolean {
  const lower = ruleText(text);
  return (
    (CONSCIENCE_ZH.test(lower) && CHARGE_ZH.test(lower)) ||
    (CONSCIENCE_EN.test(lower) && CHARGE_EN.test(lower))
  );
}
