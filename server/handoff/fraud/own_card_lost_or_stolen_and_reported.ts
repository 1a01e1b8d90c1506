/**
 * The customer's own wallet, bag or card lost or stolen, already cancelled or reported, and the customer asks how to get
 * at their own money meanwhile: "My handbag was snatched this afternoon, crime number 24/118833/MP. Cards are cancelled
 * already but I need cash today. Can I withdraw at a branch without a card?", "钱包丢了，银行卡都在里面，派出所已经登记了，
 * 这期间我咋取钱". The model hears a scam in a theft, a police report and cash needed today; here nobody else is in the
 * story after the loss, and the customer asks the bank about their own account.
 *
 * Not when someone called, texted or came to "help", a code, a PIN or card details were given, money left the
 * account, or anyone asks for a transfer: the rules and the model read those as before.
 */

/** The customer's own wallet, bag, phone or card lost or stolen. */
const LOST =
  /(钱包|包|卡|银行卡|手机)[^。！？]{0,6}(丢了|丢失|被偷|被抢|掉了|不见了)|\bmy (\w+ )?(handbag|bag|purse|wallet|cards?)\b[^.?!]{0,20}\b(was|were|got|has been|have been) (snatched|stolen|lost|nicked|taken)\b|\b(lost|had stolen) my (\w+ )?(handbag|bag|purse|wallet|cards?)\b/u;

/** Already cancelled or reported. */
const REPORTED =
  /(挂失|冻结|注销)(了|过)|(派出所|报警|报案|公安)[^。！？]{0,10}(登记|报了|报过|立案|回执)|已经(报警|报案|挂失)|\b(crime (reference |ref )?number|police report|reported (it )?to the police|cards? (are |were |have been )?(cancell?ed|blocked|stopped|frozen)|(cancell?ed|blocked|stopped|froze) (my|the|all my) cards?)\b/u;

/** Asks how to get at the customer's own money meanwhile. */
const OWN_MONEY =
  /(取钱|取现|取款|用钱|拿钱)|\b(withdraw|cash|get (at )?my money|access my (money|account))\b/u;

/** Someone else in the story after the loss, a code or details given, money gone, or a transfer asked for. */
const SCHEME_SIGNS =
  /来电|打电话|电话(里|说)|短信|微信|链接|验证码|密码|cvv|自称|客服|警官|民警说|安全账户|转账|转到|被(转|刷|扣)|(钱|余额)[^。！？]{0,4}(没了|少了)|\b(called|rang|phoned|texted|text message|link|code|otp|pin|password|cvv|claiming|safe account|transfer|move my money|money (is |was )?(gone|missing|taken)|payments? i (didn'?t|never) make|someone (used|took))\b/u;

/** Whether a lower-cased message asks for the customer's own money after a lost or stolen card was reported. */
export function isOwnCardLostOrStolenAndReported(lower: string): boolean {
  return LOST.test(lower) && REPORTED.test(lower) && OWN_MONEY.test(lower) && !SCHEME_SIGNS.test(lower);
}
