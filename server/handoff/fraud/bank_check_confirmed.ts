/**
 * The bank's own fraud check on the customer's payment or card, answered: the customer told the bank it was them
 * and asks for the hold to be lifted ("Your fraud team texted asking if I tried to pay 1,200 to IKEA. Yes that was
 * me… Can you release it?", "You blocked my card this morning… I confirmed the transactions were mine. Is
 * everything unblocked now?", "你们官方客服回电了，说我那笔转账被拦截要核实，我已经说了是我自己转给女儿的"). The
 * classifier hears the words of fraud and reads a fraud report; the customer reports none.
 *
 * Not when the "check" asks for a code, a link, an app or money moved, or someone else pushes the payment: those
 * are the scheme of a caller posing as the bank, which the detector's rules still catch.
 */

/** The bank held, blocked or checked the customer's payment or card. */
const BANK_CHECK =
  /(你们|银行)(的)?(银行|行里)?(的)?(官方)?(客服|风控|反诈|安全)[^，。！？]{0,8}(回电|来电|打电话|核实|拦截)|(转账|交易|付款|卡)[^，。！？]{0,4}被(拦截|冻结|锁|限制)|\byour (anti-fraud|fraud|security|fraud prevention) (team|department|unit|people|guys|lot|folks|centre|center)\b|\bthe bank'?s (anti-fraud|fraud|security) (team|department|unit|people|centre|center)\b|\byour official (helpline|number|line)\b|\byou (blocked|froze|stopped|held|declined) my (card|payment|transfer|account)\b|\b(payment|transfer|card) (is |was )?(on hold|blocked|held|frozen)\b|\b(payment|transfer|card)('s| has been| got| is now| was then) (on hold|blocked|held|frozen)\b|\byour (fraud|anti-fraud|security) (line|hotline|number|text|alert)\b/;

/** The customer told the bank it was them. */
const CONFIRMED_MINE =
  /(说了|确认了?|告诉(你们|他们|客服)了?)(是)?(我)?(本人|自己)|是我(本人|自己)(转|付|买|刷|操作)|(是不是|是否)(我)?本人[^。！？]{0,8}[，, ]?我(说|答|回)(了)?(是|对)(的)?(?![^，。！？ ]{0,2}(不|没))|\b(yes,? )?(that|it) was me\b|\bi confirmed (the |that |those )?(transactions?|payments?|purchases?|it) (were|was) (mine|me|genuine)\b|\bconfirmed (it|they) (was|were) (mine|me|genuine)\b|\b(it|they|those|these|the (transactions?|payments?|purchases?)) (was|were) (all )?(mine|me|genuine)\b|\bi know (it'?s|it is|you'?re|you are) (just )?(you )?(being careful|checking|protecting me|doing your job)\b|我(也)?理解(你们)?(是)?(为了)?(保护|安全|谨慎|小心)/;

/** What a caller posing as the bank asks for. */
const SCHEME_ASK =
  /自称|冒充|\bclaim(ed|ing|s)? to be\b|\bpretend|验证码|密码|链接|下载|安全账户|屏幕共享|让我(转|把|点|下)|\b(code|pin|password|link|click(ed)?|download|install|app called|safe account|move (my )?money|screen ?shar(e|ing)|told me to|asked me to (send|move|transfer|pay))\b/;

/** Whether a lower-cased message answers the bank's own check as the customer's doing, nothing asked of them. */
export function isBankCheckConfirmed(lower: string): boolean {
  return BANK_CHECK.test(lower) && CONFIRMED_MINE.test(lower) && !SCHEME_ASK.test(lower);
}

/**
 * The same, as a cue: a caller "from the fraud team" about a payment the customer confirmed as theirs, asking for
 * nothing, is the bank's own check ("your fraud team called me… about a payment of 4,200 to the care home… yes that
 * was me"), not a caller posing as the bank.
 */
export const BANK_CHECK_CONFIRMED_CUES = {
  bankCheckConfirmed: { test: isBankCheckConfirmed },
} as const;
