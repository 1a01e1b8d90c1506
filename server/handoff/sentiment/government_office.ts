/**
 * A government office or its website, vented about before a question to the bank ("社保局那边跑了三趟都没办成",
 * "车管所排了一上午", "The ATO portal has crashed four times today", "HMRC kept me on hold for an hour"): a subject with
 * nothing to do with the bank, as the council is in `council_and_roadworks.ts`. Anger and a count of trips told about
 * it weigh little; a clause that also names the bank, a card or an account is still the bank's ("交社保扣款失败，提示账户
 * 异常").
 */

const GOVERNMENT_OFFICE =
  /(身份证|护照|驾照|驾驶证|户口本|居住证)(补办|换领|重办|续签)|社保局|社保中心|人社局|税务局|车管所|交管所|公积金中心|政务大厅|政务中心|行政服务中心|出入境|民政局|户籍科|\b(the )?(ato|hmrc|irs|dmv|dvla|centrelink|medicare|home office|passport office|tax office|job ?centre|social security office)\b(?! (refund|payment|deposit))/u;

/** Whether a lower-cased clause is about a government office or its website (see the file comment). */
export function isAboutAGovernmentOffice(clause: string): boolean {
  return GOVERNMENT_OFFICE.test(clause);
}
