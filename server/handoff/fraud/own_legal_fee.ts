/**
 * The customer paying their own lawyer for their own family case: a retainer or legal fees for a custody, divorce or
 * probate case, into the firm's client or trust account ("Paying my lawyer's retainer for a custody case into their
 * IOLTA trust account. Is a wire better than a cashier's check?", "离婚官司的律师费三万，转到律所对公账户要多久"). The
 * trained model learned a large sum for a lawyer from scam stories (a "lawyer" with an inheritance, a release fee,
 * new bank details by email); read with `own_life_event_bill.ts`, whose other voices (a call, a message, someone
 * telling the customer to pay) still leave the alarm standing.
 *
 * Not when the details came by email or changed, the account is a person's own, or an inheritance, a fine or a
 * release is what is paid for.
 */

/** Fees to the customer's own lawyer, for a family case of their own. */
const OWN_LEGAL_FEE =
  /(离婚|抚养权|抚养费|继承|遗产)[^，。！？]{0,12}(官司|案子|诉讼)[^。！？]{0,16}律师费|律师费[^，。！？]{0,10}(离婚|抚养权|继承)(官司|案)/u;
/** In English: the customer's own lawyer, a retainer or legal fees, and a family case of theirs. */
const EN_OWN_LAWYER = /\b(my|our) (own )?(\w+ )?(lawyer|attorney|solicitor)('?s)?\b/;
const EN_FEE = /\b(retainer|legal fees?|lawyer'?s fees?|solicitor'?s fees?|attorney'?s fees?)\b/;
const EN_FAMILY_CASE = /\b(custody|divorce|probate|separation|adoption)\b/;

/** Details sent or changed by email or message, a person's account, or an inheritance, fine or release paid for. */
const SCHEME_SIGNS =
  /邮件|新(的)?账户|换了(账户|账号|卡)|个人(的)?(卡|账户|账号)|遗产(释放|解冻)|保证金|罚款|解冻|\b(email(ed)?|e-mail|new (bank )?details|changed (their|the|his|her) (bank|account)|updated (bank|account) details|personal account|inheritance|release fee|fine|unlock)\b/;

/** Whether a lower-cased message pays the customer's own lawyer for their own family case (see the file comment). */
export function isOwnLegalFee(lower: string): boolean {
  const en = EN_OWN_LAWYER.test(lower) && EN_FEE.test(lower) && EN_FAMILY_CASE.test(lower);
  return (OWN_LEGAL_FEE.test(lower) || en) && !SCHEME_SIGNS.test(lower);
}
