/**
 * Money coming in to the customer from their own people or their own account, asked about on the bank's side: a
 * daughter abroad sending money home and asking for the receiving bank's details ("女儿在新加坡工作，想从她那边汇钱
 * 给我，要我提供收款行的英文名称"), a friend paying back what the customer advanced for him ("帮朋友垫付了他爸的住院费，
 * 他现在还钱给我，为啥一直显示处理中"), the proceeds of the customer's own sale on an exchange withdrawn to their
 * account ("Sold some ETH on Kraken and I'm withdrawing it back to my account. Any limits on receiving…?", "my son in
 * Canada wants to send me money, what's your SWIFT code?"). The classifier and the model hear a scam in a relative
 * and a remittance, in 垫付 or in crypto; the customer is the one paid, and asks nothing of anyone.
 *
 * Not when anyone else is in the story (a stranger, an online friend, a "customer service", a platform asking), when
 * the money came by mistake or is to be passed on, or when a fee, a tax, a code, a password, a link or a job is named:
 * those are read by the fraud rules and the model as before.
 */

/** The customer is the one paid. */
const INCOMING =
  /(汇|转|打|还)(钱|款)?(过来)?给我|这(笔)?钱入账|(汇|转|打)(到|进)我(的)?(卡|账户|这)|收款(行|银行)|(从|由)[^。！？]{0,10}(汇|转|打)(过来|回来|到)|(还|回)(到|给)我|\b(send|sending|transfer|transferring|wire|wiring|pay|paying|sends|wants to send) (me|us)\b|\b(pay|paying|paid) me back\b|\b(withdraw|withdrawing|cash(ing)? out|move|moving|transfer(ring)?)\b[^.?!]{0,30}\b(to|into|back to|back into) my (own )?(account|bank|current account|savings)\b|\breceiv(e|ing)\b[^.?!]{0,20}\bfrom\b/u;

/** From the customer's own family, a friend paying back, or the customer's own sale or account. */
const OWN_SOURCE =
  /女儿|儿子|孩子|老婆|老公|妻子|丈夫|爸|妈|父母|哥|姐|弟|妹|(朋友|同事|同学|亲戚|邻居|他|她)[^。！？]{0,8}还(钱|款|我|给我)|\b(my )?(daughter|son|kids?|wife|husband|mum|mom|dad|parents?|brother|sister)\b|\bsold (some|my|a few|the|all my)\b|\bmy own (account|money|savings)\b|\b(pay|paying|paid) me back\b|\brepa(y|ying|id) me\b/u;

/** Someone else, money sent by mistake or to be passed on, a fee, a tax or a scheme's props. */
const SCHEME_SIGNS =
  /陌生|网友|网恋|对方|有人|自称|冒充|客服|新(手机)?号|换(了)?(个)?号|短信|微信|qq|消息|平台(要|让|说)|转错|打错|误转|退回|转给别人|转出去|帮(他|她|人)?收|代收|跑分|走账|手续费|保证金|解冻|税|验证码|密码|链接|二维码|兼职|佣金|返利|刷单|联系不上|拉黑|失联|骗|\b(stranger|someone|somebody|new (number|phone)|texted|whatsapp|message(d)?|online (friend|girlfriend|boyfriend|partner)|by mistake|wrong (account|person)|send (it|the money|some) back|pass (it )?on|forward|on (his|her|their) behalf|fees?|tax(es)?|unlock|code|pin|password|link|qr|job|commission|bonus|scam|mentor|teacher|signals)\b/u;

/** The customer asks the bank something about it. */
const ASKS =
  /[?？]|吗|么|在哪|多久|怎么|咋|啥|为啥|为什么|哪里|能不能|可以|\b(how|what|where|when|why|any|is there|are there|can i|do i|will it)\b/u;

/** Whether a lower-cased message asks about money coming in from the customer's own people or account. */
export function isOwnMoneyComingIn(lower: string): boolean {
  return INCOMING.test(lower) && OWN_SOURCE.test(lower) && ASKS.test(lower) && !SCHEME_SIGNS.test(lower);
}

/** The customer advanced money for someone (垫付了, 垫了) who now pays it back: a repayment, not a scam's advance. */
const ADVANCED_BY_THE_CUSTOMER = /(帮|替|给)[^，。！？]{0,8}垫(付)?了/u;
const PAID_BACK_NOW = /(现在|已经|刚(刚)?|今天|在)[^，。！？]{0,4}还(钱|款)?给我|还(钱|款)?给我了/u;

/**
 * The message with the customer's own advance, now paid back, told as a plain payment ("帮朋友垫付了…他现在还钱给我"
 * -> "帮朋友付了…"), so that the advance-fee cue does not read 垫付; left whole with any sign of a scheme.
 */
export function withoutOwnAdvanceRepaid(lower: string): string {
  if (!ADVANCED_BY_THE_CUSTOMER.test(lower) || !PAID_BACK_NOW.test(lower) || SCHEME_SIGNS.test(lower))
    return lower;
  return lower.replace(/垫(付)?了/gu, '付了');
}
