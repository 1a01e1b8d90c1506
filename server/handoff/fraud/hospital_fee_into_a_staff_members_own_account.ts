/**
 * A hospital's bill said to be paid into a doctor's, a nurse's or a clerk's own account or wallet: "a 'hospital
 * billing office' WhatsApped… pay Rs 1,20,000 to a staff member's GPay before they treat him", "the ward says pay
 * the deposit to the nurse's personal account", "医院让把手术费转到主治医生个人卡上", "收费处的人让扫她个人的收款码".
 * A real hospital is paid at its billing desk or into its own account, never into a member of staff's.
 *
 * Not the hospital's own account or its billing desk (`own_hospital_bill.ts` reads the customer's own errand), nor a
 * question about such payments in general (`hypothetical`), nor one checked with the hospital (`verified`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const HOSPITAL_STAFF_ACCOUNT_CUES = {
  /** A hospital's member of staff's own account, card, wallet or QR code as the payee. */
  hospitalStaffOwnAccount: re(
    [
      String.raw`(医生|大夫|主任|护士|院长|收费(处|员|窗口)?的?(人|员)?|财务|工作人员|医院的?人)${C}{0,4}(的)?${C}{0,2}(个人|私人|自己)(的)?${C}{0,2}(卡|账户|账号|银行卡|户头|微信|支付宝|收款码|二维码)`,
      String.raw`\b(doctor|surgeon|nurse|consultant|staff member|staffer|clerk|cashier|administrator|admin|billing (officer|clerk|staff|person|agent)|receptionist|ward manager)('s|s')? (own |personal |private )?(bank )?(account|card|gpay|google pay|upi|paytm|phonepe|venmo|cash ?app|paypal|zelle|wallet|mobile money|m-?pesa|qr code)\b|\b(personal|private) (account|gpay|upi|wallet) of (a|the|one) (doctor|nurse|staff|clerk)\b|\b(doctor|surgeon|nurse|staff member|clerk|cashier|administrator|receptionist)\b[^.?!]{0,40}\b(his|her|their) (own|personal|private) (bank )?(account|card|gpay|google pay|upi|paytm|phonepe|venmo|cash ?app|paypal|zelle|wallet|mobile money|m-?pesa|qr code)\b`,
    ].join('|'),
  ),
  /** A hospital, a ward or its billing office. */
  hospitalMentioned: re(
    String.raw`医院|病房|住院|手术|急诊|\b(hospital|ward|clinic|a&e|emergency room|icu|billing office|surgery|admitted)\b`,
  ),
};

type Cue = keyof typeof HOSPITAL_STAFF_ACCOUNT_CUES | 'hypothetical' | 'verified';

/** A hospital's bill into a member of staff's own account. */
export const HOSPITAL_STAFF_ACCOUNT_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['hospitalStaffOwnAccount', 'hospitalMentioned'],
    unless: ['hypothetical', 'verified'],
    weight: 0.8,
  },
];
