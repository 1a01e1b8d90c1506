/**
 * The customer paying a relative's hospital bill through the hospital's own channel: into the hospital's own account
 * with the invoice its billing desk gave, or through a relative at its payment window: "Dad is in hospital in Kochi, I
 * want to pay the bill straight to the hospital's account, they gave me the invoice at the billing desk", "我妈住院要交
 * 押金，我弟在医院陪着，我先转给我弟让他去收费窗口交". "They" are the hospital's own desk and "他" the customer's own
 * brother, not a caller, so the family-emergency rule (`fraud_patterns.ts`) does not read a stranger's story into
 * them, and the payment counts as the customer's own hospital bill (`own_hospital_bill.ts`).
 *
 * Not when anyone else brings the news or the account (a call, a message, a new number, a doctor's, a nurse's or a
 * person's own account: `ANOTHER_VOICE`, `hospital_fee_into_a_staff_members_own_account.ts`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { ANOTHER_VOICE } from './own_hospital_bill.ts';
import { HOSPITAL_STAFF_ACCOUNT_CUES } from './hospital_fee_into_a_staff_members_own_account.ts';

const C = IN_CLAUSE;

/** A hospital and the customer's relative or the customer's own bill there. */
const HOSPITAL = re(String.raw`医院|住院|\b(hospital|hospitali[sz]ed|admitted)\b`);

/** The hospital's own account, invoice, billing desk or payment window. */
const OWN_CHANNEL = re(
  [
    String.raw`(转|交|付|打|汇)(到|进|给)?${C}{0,2}医院(的)?(对公)?(账户|账号)|医院(的)?(对公)?(账户|账号)|(收费|缴费)(窗口|处|台)|住院处|入院处|医院(开|给)的?(发票|缴费单|收据|账单)`,
    String.raw`\b(to|into|on) the hospital'?s (own )?(bank |official )?(account|invoice|bill)\b|\b(at|from) the (hospital'?s )?(billing|cashier'?s?|admissions?|payments?|accounts) (desk|counter|office|window)\b|\bthe hospital'?s (own )?(invoice|bill|account details)\b`,
  ].join('|'),
);

/** Whether a lower-cased message pays a relative's hospital bill through the hospital's own channel. */
export function isHospitalBillPaidThroughItsOwnChannel(lower: string): boolean {
  return (
    HOSPITAL.test(lower) &&
    OWN_CHANNEL.test(lower) &&
    !ANOTHER_VOICE.test(lower) &&
    !HOSPITAL_STAFF_ACCOUNT_CUES.hospitalStaffOwnAccount.test(lower)
  );
}

export const HOSPITALS_OWN_CHANNEL_CUES = {
  hospitalsOwnChannel: { test: isHospitalBillPaidThroughItsOwnChannel },
} as const;
