/**
 * A card or an account limited on purpose, asked for as a setting, for the customer or a relative they look after
 * ("Asking for my mum, she's 82 and wants a card that can't be used online at all. Is that possible?", "我爸七十多了，
 * 想办张不能网上支付的卡，能办吗", "can I turn off contactless and online payments on my card?"). The classifier hears a
 * fraud report in a card that must not be used online; nothing has happened, the customer asks what the bank offers.
 * So is part of one's savings locked so that only the counter can move it ("能不能把一部分存款锁起来，手机上转不出去",
 * "can I lock away some of my savings so they can only be withdrawn in branch?").
 *
 * Not when something already happened (a payment not made, money gone, a code given, a call or a message), when the
 * limit is raised or lifted, or when someone else asks for the change: the rules, the intent and the model read those
 * as before.
 */

/** A card or an account that cannot be used online, abroad or contactless, or a lower limit, asked for. */
const SETTING =
  /\b(card|account)\b[^.?!]{0,20}\b(can'?t|cannot|can not|won'?t|doesn'?t|does not) (be used|work|pay) (online|abroad|overseas|for online)\b|\b(turn|switch|shut) off (online|internet|contactless|overseas|international)( and \w+)? (payments?|purchases?|spending|transactions?)\b|\b(block|disable|stop) (all )?(online|internet|overseas) (payments?|purchases?|spending|transactions?)\b|\blower (the |my |her |his )?(daily )?(spending |transfer |payment )?limit\b|(不能|不可以|无法|不让)(在)?(网上|网银|线上|境外|国外|手机上)(支付|消费|用|刷|转账)|(关闭|关掉|关了|取消)(网上|线上|网络|境外|小额免密|免密)(支付|消费|交易)|(调低|降低|调小)(单日|每日|转账|支付)?限额|(存款|储蓄|积蓄|定期|养老钱|一部分钱|一部分|这笔钱)[^，。！？,.!?]{0,8}(锁起来|锁住|锁定|锁上)|(手机|网上|网银|app)(上)?(转|取)不(出去|出来|走)|(只能|必须|只有)(本人)?(去|到|在)(柜台|网点)(才能)?(取|转|动|办)|\block (away |up )?(some of |part of |a portion of |a chunk of )?(my |her |his |our )?(savings|money|funds)\b|\b(only|just) (be )?(withdrawn|moved|accessed|taken out|touched) (at|in) (the |a )?branch\b|\bcan'?t be (moved|transferred|withdrawn|touched) (online|from the app|on the app|by phone|from my phone)\b/u;

/** Asked as a question or a wish. */
const ASKED =
  /[?？]|吗|么|能不能|能否|可以|可不可以|想(要|办)?|\b(possible|can (i|she|he|we|you)|could|is there|do you (have|offer)|wants?|would like)\b/u;

/** Something already happened, a limit raised, or someone else asking for the change. */
const STORY =
  /被(盗刷|骗|转走|扣)|(钱|余额)[^。！？]{0,4}(没了|少了)|验证码|密码|来电|打电话|短信|链接|让我|叫我|要我|有人|客服说|提高|调高|解除|取消限额|\b(stolen|scammed|defrauded|charged|payments? (i|she|he) (didn'?t|never) make|money (is |was )?(gone|missing)|code|otp|password|called|rang|texted|link|someone|somebody|told (me|her|him)|asked (me|her|him) to|raise|increase|lift|remove the limit)\b/u;

/** Whether a lower-cased message asks for a card or account limited on purpose (see the file comment). */
export function isProtectiveCardSettingAsked(lower: string): boolean {
  return SETTING.test(lower) && ASKED.test(lower) && !STORY.test(lower);
}
