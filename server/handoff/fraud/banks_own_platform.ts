/**
 * The bank's own investment platform or app, named as the place the customer buys ("buy some gold ETF units on your
 * investment platform", "在你们手机银行的理财平台上买点基金"): a product of the bank's, not the "platform" of an
 * investment scam, whose words ("投资平台", "investment platform") the detector reads as a scam's actor. Replaced by
 * a plain word for the bank's app before the cues are matched; a teacher, a group, guaranteed returns or a platform
 * someone else pointed to are still read.
 */

const OWN_PLATFORM =
  /\byour (own )?(bank'?s )?(investment|investing|wealth|trading|fund|share dealing) (platform|app|service|portal)\b|\bthe bank'?s (own )?(investment|investing|wealth|trading|fund) (platform|app|service|portal)\b|(你们|贵行|银行|手机银行|网银)(自己)?(的)?(app)?(里)?(的)?(投资|理财|基金|财富)平台/gu;

/** Someone else pointing the customer to it, a teacher or a group: then the platform is left to the rules. */
const POINTED_BY_SOMEONE =
  /老师|导师|群|带单|有人|他说|她说|对方|网友|\b(teacher|mentor|coach|group|someone|somebody|he said|she said|they said|told me|recommended by|online friend)\b/u;

/** The message with the bank's own investment platform named as the bank's app (see the file comment). */
export function withoutBanksOwnPlatform(lower: string): string {
  if (POINTED_BY_SOMEONE.test(lower)) return lower;
  return lower.replace(OWN_PLATFORM, (m) => (/\p{Script=Han}/u.test(m) ? '你们app' : 'your app'));
}
