/**
 * The customer paying the hospital for their own relative, told in their own words: "我爸突然住院了，医院要先交三万押金，我人
 * 在深圳，怎么最快转到医院的账户上", "Amma is in hospital in Chennai and needs 2 lakh for the surgery deposit, I'm in
 * Singapore. Fastest way to send?". The trained model learned the hospital emergency from scam stories (a
 * "relative" in hospital on a new number, a caller, money to a doctor's own card) and reads these 0.92 to 0.97;
 * with nobody else's voice in the message the model's fraud alarm stands only when it is all but certain
 * (`../handoff_policy.ts`).
 *
 * Not when anyone else brings the news or the account (a call, a message, a new number, a friend, a doctor's or
 * a person's own account), or someone tells the customer to pay.
 */

/** The customer's own relative in hospital or in surgery. */
const RELATIVE_IN_HOSPITAL =
  /(我)?(爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|丈夫|妻子|儿子|女儿|孩子)[^，。！？,.!?]{0,6}(住院|做手术|要手术|动手术|抢救|病危)|\b(my |our )?(mum|mom|mother|dad|father|amma|appa|papa|mama|nan|gran|grandma|grandpa|husband|wife|son|daughter|parents?)('s)?\b[^.?!]{0,20}\b(in hospital|in the hospital|hospitali[sz]ed|admitted|surgery|operation)\b/;

/**
 * The payment is the hospital's own: its deposit or bill, to its account, or asked at its own desk ("the admissions
 * counter wants a $3,000 deposit", "住院处让先交两万押金").
 */
const HOSPITAL_PAYMENT =
  /(转|交|付|打)(到|给)医院|医院的?(对公)?(账户|账号)|(住院|手术)(押金|费)|医院[^，。！？,.!?]{0,6}押金|(住院处|收费处|入院处)[^，。！？,.!?]{0,8}押金|\b(admissions?|billing|cashier'?s?) (counter|desk|office)\b[^.?!]{0,25}\b(deposit|bill)\b|\b(hospital|surgery|operation|admission) (deposit|bill|fees?)\b|\b(deposit|bill|fees?) (for|to) the (hospital|surgery|operation)\b/;

/** Someone else's voice or account in the story. */
export const ANOTHER_VOICE =
  /有人|对方|自称|打电话|打来|来电|电话|微信|qq|短信|消息|私信|新(手机)?号|语音|视频|链接|医生(的)?(个人)?(卡|账户|账号)|个人(的)?(卡|账户|账号)|别人的|(他|她)的(卡|账户|账号)|同事|朋友|同学|室友|护工|让我|叫我|要我|催|\b(someone|somebody|called|rang|phoned|texted|messaged|message|whatsapp|new number|doctor'?s|personal account|friend|colleague|don'?t call|can'?t talk|told me|asked me|wants me)\b/;

/** Whether a lower-cased message pays the hospital for the customer's own relative, nobody else in it. */
export function isOwnHospitalBill(lower: string): boolean {
  return RELATIVE_IN_HOSPITAL.test(lower) && HOSPITAL_PAYMENT.test(lower) && !ANOTHER_VOICE.test(lower);
}
