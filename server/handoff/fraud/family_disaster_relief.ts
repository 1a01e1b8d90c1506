/**
 * The customer sending money to their own family after a disaster at home, told in their own words: "The
 * earthquake hit my village in Nepal, I need to send money to my wife's account so she can buy food and a tent",
 * "老家发洪水了，房子淹了，我想给我妈卡上转五千块应急". The trained model learned the family emergency far away from
 * scam stories (a "relative" on a new number, a caller, a stranger's account) and reads these about 0.9; with
 * nobody else's voice in the message the model's fraud alarm stands only when it is all but certain
 * (`../handoff_policy.ts`), as for the customer's own hospital bill.
 *
 * Not when anyone else brings the news or the account (a call, a message, a new number, a friend, a person's own
 * account other than the relative's), or someone tells the customer to pay (`own_hospital_bill.ts`'s other
 * voices).
 */
import { ANOTHER_VOICE } from './own_hospital_bill.ts';

/** A disaster at home: an earthquake, a flood, a storm, a fire. */
const DISASTER =
  /地震|洪水|发大水|水灾|涝灾|台风|山体滑坡|泥石流|房子(被)?(淹|塌|烧)|\b(earthquake|flood(s|ed|ing)?|hurricane|typhoon|cyclone|landslide|wildfire|bushfire|tsunami)\b/;

/** The customer's own close family, paid into their own account or card. */
const FAMILY_ACCOUNT =
  /(给|转到|打到|汇到|汇给|转给)(我)?(爸|妈|父母|老公|老婆|丈夫|妻子|媳妇|儿子|女儿|爷爷|奶奶|家里)[^，。！？,.!?]{0,4}(的)?(卡|账户|账号)?|\b(to|into) my (wife|husband|mum|mom|mother|dad|father|parents|son|daughter|family)('s)? (bank )?(account|card)\b/;

/** Whether a lower-cased message sends disaster relief to the customer's own family, nobody else in it. */
export function isFamilyDisasterRelief(lower: string): boolean {
  return DISASTER.test(lower) && FAMILY_ACCOUNT.test(lower) && !ANOTHER_VOICE.test(lower);
}
