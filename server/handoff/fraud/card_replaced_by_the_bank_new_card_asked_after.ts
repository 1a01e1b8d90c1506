/**
 * The bank's own card team found suspicious use, froze and replaced the customer's card, and the customer asks only
 * after the new card ("信用卡中心来电话说我的卡在某网站有异常交易，已经帮我冻结换卡了，新卡多久能寄到", "your fraud team
 * blocked my card over a dodgy online payment and are sending a new one, when will it arrive?"). Done by the bank,
 * nothing asked of the customer: no scam under way (`settled`, only where no scheme is found).
 *
 * Not when the caller wanted money moved, a code, a link followed or an app installed, or the customer gave anything.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The card frozen and replaced by the bank. */
const REPLACED = re(
  String.raw`(已经|已)?(帮我|给我)?(冻结|锁|停)${C}{0,4}(并)?(换卡|补卡|换了(新)?卡|重新(寄|发|做)(了)?(一张)?(新)?卡|换(一张)?新卡)|\b(blocked|froze|frozen|cancelled|canceled|stopped) (my|the) card\b[^.?!]{0,60}\b(sending|send|sent|issuing|issue|issued|posting|posted) (me )?(a )?(new|replacement) (one|card)\b`,
);

/** Only the new card asked after. */
const NEW_CARD_ASKED = re(
  String.raw`新卡${C}{0,8}(多久|多长时间|什么时候|几天|哪天|能到|寄到|到吗|收到)|\b(when|how long)\b[^.?!]{0,30}\b(new|replacement) card\b|\b(new|replacement) card\b[^.?!]{0,20}\b(arrive|come|get here|take)\b|\bwhen will it (arrive|come|get here)\b`,
);

/** What a caller posing as the bank wants, or the customer going along. */
const SCHEME_SIGNS = re(
  String.raw`转账|转到|转入|汇款|安全账户|验证码|密码|链接|下载|安装|共享|屏幕|手续费|保证金|让我|要我|叫我|我(已经)?(转了|点了|给了|告诉了|说了)|\b(transfer|move (my|the) money|safe account|code|otp|pin|password|link|download|install|share (my|the) screen|fee|asked me (to|for)|told me to|wanted me to|i (gave|sent|clicked|read out|told them))\b`,
);

/** Whether a lower-cased message asks after a new card the bank sends after freezing the old one (see above). */
export function isCardReplacedByTheBankNewCardAskedAfter(lower: string): boolean {
  return REPLACED.test(lower) && NEW_CARD_ASKED.test(lower) && !SCHEME_SIGNS.test(lower);
}
