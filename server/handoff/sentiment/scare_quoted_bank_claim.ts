/**
 * What the bank said was done, put in quotes and then shown not to be: 'the standing order was "fixed" in May and has
 * failed twice since', 'my complaint was "resolved", still nothing', '说是"已解决"，结果又扣了一次'. The quotes doubt the
 * bank's word; with a failure counted or still there after it is a grievance. A status quoted as shown ('the app says
 * "processing", what does that mean?') counts nothing after it and is no grievance.
 */
import { ruleText } from '../rule_text.ts';

const QUOTED_CLAIM_EN =
  /["“'](set up|sorted|fixed|resolved|done|processed|cancelled|canceled|closed|updated|approved|refunded|completed|escalated|looked into)["”']/;
const FAILED_SINCE_EN =
  /\b(twice|three times|again|still|since|ever since|every month|each month|yet)\b[^?]*$|\b(bounced|failed|declined|rejected)\b[^?]*$/;
const QUOTED_CLAIM_ZH =
  /["“「](已解决|已处理|已办好|已取消|已退款|已完成|处理好了|弄好了|搞定了|已修复)["”」]/;
const FAILED_SINCE_ZH = /结果|又|还是|照样|依然|仍然|两次|三次/;

/** A quoted claim of the bank's beside a failure after it (see the file comment). */
export function isScareQuotedBankClaim(text: string): boolean {
  const lower = ruleText(text);
  return (
    (QUOTED_CLAIM_EN.test(lower) && FAILED_SINCE_EN.test(lower)) ||
    (QUOTED_CLAIM_ZH.test(lower) && FAILED_SINCE_ZH.test(lower))
  );
}
