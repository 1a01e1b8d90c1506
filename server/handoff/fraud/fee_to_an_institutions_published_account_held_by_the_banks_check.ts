/**
 * A fee the customer paid themselves to a school's, a hospital's or a council's own account, the one it publishes
 * on its official site or notice, held by the bank's risk check, asked how to release: "交孩子学费提示风险交易暂停了，收款方
 * 是学校官网上公布的对公账户，我自己操作的，怎么解除", "Paying my son's tuition to the account on the university's own
 * website and your app paused it as risky. How do I get it released?". The payee is the institution itself, checked
 * on its own channel: the fee, the hold and "release" are no advance-fee scheme (`settled`).
 *
 * Not when the account came from a teacher's or a caller's message, a chat group, a link or a QR code, is someone's
 * personal account, or changed: `official_fee_to_an_unofficial_account.ts` and the scam rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The institution's own account, as it publishes it. */
const PUBLISHED_ACCOUNT = re(
  String.raw`(学校|幼儿园|大学|学院|医院|物业|税务|社保|法院|政府)${C}{0,4}(官网|官方网站|官方公众号|官方app|公告|缴费通知|通知书)${C}{0,8}(公布|公示|写|列|给)(的)?${C}{0,4}(对公)?(账户|账号|户)|官网${C}{0,4}(公布|公示)的${C}{0,2}对公(账户|账号)|\b(on|from) (the|their|its) (own |official )?(school'?s?|university'?s?|college'?s?|nursery'?s?|hospital'?s?|council'?s?)? ?(own |official )?(website|site|portal|invoice|fee letter|fee notice)\b|\b(the )?(school|university|college|nursery|hospital|council)'?s (own |official )(account|bank account|website|site|portal)\b`,
);

/** The bank's own check holding the payment. */
const BANKS_HOLD = re(
  String.raw`风险|风控|暂停|拦截|拦下|冻结|提示${C}{0,4}(异常|可疑)|\b(paused|held|on hold|blocked|flagged|stopped|declined|risk|risky|suspicious|security check|fraud check)\b`,
);

/** A fee to an institution. */
const INSTITUTION_FEE = re(
  String.raw`学费|学杂费|住宿费|书本费|餐费|择校费|医药费|住院费|物业费|\b(tuition|school fees?|term fees?|uni fees?|university fees?|hospital bill|council tax|course fees?)\b`,
);

/** The account brought by someone, a message or a link, someone's own, or changed. */
const SCHEME_SIGNS = re(
  String.raw`群里|微信|私信|短信|链接|二维码|个人(账户|账号|卡|微信|支付宝)|私人|老师(让|发|给)|班主任(让|发|给)|有人|对方|变更|换了|新(的)?账户|\b(whatsapp|text|texted|message|messaged|email(ed)?|link|qr|personal account|private account|new (bank |account )?details|changed|someone|a teacher sent|told me|asked me)\b`,
);

/** Whether a lower-cased message asks about the bank's hold on a fee paid to an institution's published account. */
export function isFeeToAnInstitutionsPublishedAccountHeld(lower: string): boolean {
  return (
    INSTITUTION_FEE.test(lower) &&
    PUBLISHED_ACCOUNT.test(lower) &&
    BANKS_HOLD.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
