/**
 * A charge taken that the bank's own advert, website or leaflet said there would not be: "Another foreign transaction
 * fee, even though your advert said no fees abroad", "your website says free transfers, yet I was charged £2",
 * 广告上写着境外取现免手续费，结果还是扣了15块. The trained model reads a question about a fee; the bank's own word
 * against the charge is the grievance. A question whether the advertised offer covers a case ("your advert says no
 * fees abroad - does that include ATMs?", 官网说免年费，是终身免吗) says no charge has been taken.
 */
import { ruleText } from '../rule_text.ts';

/** The bank's own material saying there is no fee. */
const ADVERTISED_FREE_EN =
  /\b(advert|ad|ads|advertisement|advertising|commercial|website|site|leaflet|brochure|promo|promotion|poster|banner|email|app|terms)\b[^.?!]{0,20}\b(said|says|promised|promises|claimed|claims|stated|states|told me|advertised)\b[^.?!]{0,20}\b(no|zero|free|without|fee-free|commission-free)\b/;
/** A charge already taken: "another … fee", "I was charged", "charged me", "took £5". */
const CHARGE_TAKEN_EN =
  /\b(another|yet another|a second)\b[^.?!]{0,30}\b(fee|charge)s?\b|\b(was|were|been|got|have been|'ve been) (charged|billed|debited)\b|\b(charged|billed|debited) me\b|\b(you|they) (charged|took|deducted|billed)\b|\b(took|deducted|taken) (a |an |the )?(£|\$|€|rs\.?|₹)?\d/;

const ADVERTISED_FREE_ZH =
  /(广告|宣传|海报|官网|活动页|页面|短信|传单|客户经理|理财经理|柜员)(上|里|中)?(明明)?(说|写|写着|宣传|承诺|讲)[^，。！？,.!?]{0,12}(免费|免手续费|免年费|不收(费|手续费|钱)?|零手续费|0手续费|零费用)/;
const CHARGE_TAKEN_ZH = /(结果|却|但是|可是|怎么|还是|又|照样|居然|竟然)[^。！？!?]{0,10}(扣|收)(了|我)/;

/** A charge taken against the bank's own advert (see the file comment). */
export function isChargeTheAdvertSaidThereWouldNotBe(text: string): boolean {
  const lower = ruleText(text);
  return (
    (ADVERTISED_FREE_EN.test(lower) && CHARGE_TAKEN_EN.test(lower)) ||
    (ADVERTISED_FREE_ZH.test(lower) && CHARGE_TAKEN_ZH.test(lower))
  );
}
