/**
 * The customer's own pet in an emergency at the vet, paid from the customer's own card, limit or overdraft: "my dog
 * needs surgery tonight and the vet wants £2,400 upfront, can I raise my credit card limit?", "家里猫咪急诊要做手术，
 * 宠物医院要先交八千，信用卡额度能临时调高吗". Urgency, "upfront" and a sum read as a scam to the trained model (0.97);
 * here the payee is the clinic in front of the customer and the money is the customer's own, as for a hospital bill
 * (`own_hospital_bill.ts`).
 *
 * Not a pet being bought (a seller, a breeder, delivery or "vet fees" before shipping: a pet scam), nor anyone else's
 * voice or account in the story (`ANOTHER_VOICE`).
 */
import { ANOTHER_VOICE } from './own_hospital_bill.ts';

/** The customer's own pet. */
const OWN_PET =
  /我(家|的)?(的)?(狗|狗狗|猫|猫咪|宠物|兔子|小狗|小猫)|(家里|家里的)(狗|狗狗|猫|猫咪|宠物)|\b(my|our) (dog|cat|puppy|kitten|pet|rabbit|horse|pup)\b/;

/** At the vet, in an emergency or for treatment. */
const AT_THE_VET =
  /宠物医院|兽医|(急诊|手术|住院|抢救)|\b(vets?|veterinary|animal hospital|emergency clinic|surgery|operation)\b/;

/** The customer's own means of paying: a limit, an overdraft, the card, instalments. */
const OWN_MEANS =
  /额度|信用卡|透支|分期|备用金|\b(credit (card )?limit|limit|overdraft|my (credit |debit )?card|instal?lments?|pay (it )?in parts)\b/;

/** A pet being bought or sent: the shape of a pet scam. */
const PET_BOUGHT =
  /卖家|买(了|的)?(一只|只)?(狗|猫|宠物)|运费|托运|快递|航空箱|\b(seller|breeder|buying|bought|adopt\w*|deliver\w*|shipping|ship|courier|transport|crate|rehoming fee)\b/;

/** Whether a lower-cased message pays the vet for the customer's own pet from their own means, nobody else in it. */
export function isOwnPetsVetBill(lower: string): boolean {
  return (
    OWN_PET.test(lower) &&
    AT_THE_VET.test(lower) &&
    OWN_MEANS.test(lower) &&
    !PET_BOUGHT.test(lower) &&
    !ANOTHER_VOICE.test(lower)
  );
}
