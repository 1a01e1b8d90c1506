/**
 * Saving a payee the customer already pays regularly, so the details need not be typed again: "how do I save my
 * regular vendor as a payee so I dont have to keep typing the account number", "每个月都给装修队转，能不能把他存成常用
 * 收款人，省得每次输卡号". The model learnt "payee" and "account number" from payee-redirection scams and reads about
 * 0.5; here the payee is the customer's own regular one and nothing about it changed, so its unsure alarm stands
 * down as for a known payee (`knownPayee`, only where no scheme is found).
 *
 * Not when the payee's details are new or changed, someone asked for the payee to be added, or a link, a code or an
 * urgent payment is in it: the scam rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Saving a payee to the customer's list. */
const SAVE_PAYEE = re(
  String.raw`(存|保存|添加|加|设)(成|为|到|进)?${C}{0,6}(常用)?(收款人|收款方|联系人|收款账户)|常用收款人|\b(save|add|store|set up)\b[^.?!]{0,40}\b(as )?(a |my )?(saved |regular |trusted )?(payee|beneficiary|recipient)s?\b`,
);

/** Someone the customer pays regularly, or the retyping to be spared. */
const REGULAR = re(
  String.raw`常用|每(个)?月|每次|经常|老是|总要|省得|不用(每次)?(再)?(输|填)|\b(regular|usual|every (time|month|week)|keep (typing|entering)|each time|again and again|don'?t have to|dont have to|so i (don'?t|dont|do not))\b`,
);

/** New or changed details, or someone else asking for the payee to be added. */
const SCHEME_SIGNS = re(
  String.raw`换了|变更|更改|新(的)?(账户|账号|卡号)|让我|叫我|要我|链接|验证码|急|\b(new (bank |account )?details|changed|change of (bank )?details|updated (their|his|her) (bank|account)|asked me to|told me to|wants me to|link|code|otp|urgent|urgently|asap)\b`,
);

/** Whether a lower-cased message asks how to save a regular payee. */
export function isSavingARegularPayee(lower: string): boolean {
  return SAVE_PAYEE.test(lower) && REGULAR.test(lower) && !SCHEME_SIGNS.test(lower);
}
