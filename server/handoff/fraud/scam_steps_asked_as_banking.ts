/**
 * A scam's own step, asked about as if it were ordinary banking: the customer does not know it is a scam and asks
 * how to do what the scammer wants, or why the bank is in the way. Each cue is one scheme's mechanics, which no
 * genuine errand has, told in the customer's words (both locales):
 *
 * - receiving money that asks for a password or a PIN (a buyer's QR code or link "to receive" the sale's money:
 *   receiving never needs one): "收钱也要输支付密码吗？买家发的码", "why do I need my PIN to receive money by QR?";
 * - paying a "fund recovery" firm or team to get scam losses back: "how do I pay the fund recovery people?",
 *   "追损团队给了个账户，怎么汇过去";
 * - a supplier or a landlord writing that its bank has changed, the money now to go elsewhere: "our supplier emailed
 *   that their bank has changed, invoices should now go to…", "供应商发邮件说开户行换了，这次货款打到香港的新账户";
 * - the boss or a manager wanting gift cards or their codes in a hurry: "领导急着要卡密", "my manager needs Apple gift
 *   cards for clients asap";
 * - a medical insurance, pension, benefits or tax "violation" that a deposit or a fine would clear or unfreeze:
 *   "医保卡被说违规报销，要交保证金才能解冻", "told my benefits were flagged for fraud, pay a fine to unfreeze";
 * - the phone number moved to a new network or SIM by a caller, the code given, and the bank's codes no longer
 *   arriving (SIM swap): "Vodafone called to port my number, I gave them the PIN", "说帮我升级5G卡，验证码给他了";
 * - the bank's own code typed into a courier's, a toll's or a delivery's site: "can I put the code you sent into
 *   the USPS redelivery site?", "你们发的验证码能填到快递补发的网页上吗";
 * - the police or another authority coming to collect the customer's cards (and PINs) "as evidence": "police
 *   collecting my cards as evidence tonight", "警察说晚上上门收我的银行卡做证据";
 * - a relative said to be held, a ransom to wire (virtual kidnapping): "someone has my daughter, need to wire 3000",
 *   "有人说我儿子在他们手上，要我马上打钱";
 * - an overdue bill, fine or toll paid through a link sent to the customer: "电费补缴链接一直付款失败",
 *   "the text link for my unpaid toll won't take my card";
 * - an "update" or "upgrade" done, after which the customer is told to wait hours before logging in (a phishing
 *   page that took the login and the code holds the customer off while the account is emptied; the bank's own app
 *   update never makes anyone wait to log in): "did the update, now it says wait 24 hrs to log in",
 *   "升级完了提示要等24小时才能登录".
 *
 * - (dec49) a toll, parking charge or penalty that came by text or as a payment link ("which card details on the
 *   e-toll payment link?", "短信发来的违章罚单怎么交"); a fee to release a prize or winnings, named or to be sent or
 *   paid however few the words ("the release fee for my lottery win", 领奖要先交激活费, "how do I wire the processing
 *   fee for my prize?", 抽奖中了的公证费往哪打; the few-words file's prize cue is this one); a shop's "customer service"
 *   guiding the customer to "receive" a refund in an app ("… guiding me to receive the refund in my app, which
 *   button?", 客服教我在手机银行领取退款); an agent paid to clear goods at the port or customs who has gone quiet
 *   ("paid the clearing agent, now he won't answer", 清关代理不接电话了).
 *
 * Not when the customer turned it down or gave nothing (`notActed`), or asks in general (the detector's question
 * frame still decides).
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { FraudScheme } from './fraud_patterns.ts';

const C = IN_CLAUSE;
/** Paying or sending money, in Mandarin. */
const ZH_PAY = String.raw`(交|付|缴|转|汇|打)`;

export const SCAM_STEP_CUES = {
  /** Receiving money that asks for a password or PIN, from someone else's code or link. */
  receiveWithSecret: re(
    [
      String.raw`(收钱|收款|到账|领钱|接收(付款|货款|转账|款项)?|收(货)?款)${C}{0,10}(也)?(要|需要|得|必须)?(输|填|输入|填写)${C}{0,6}(支付|付款|银行卡|卡|交易)?密码`,
      String.raw`(输|填|输入)${C}{0,6}密码${C}{0,10}(才能|才可以|就能|才)${C}{0,4}(收钱|收款|到账|领钱|收到)`,
      String.raw`\b(pin|password|passcode|security code)\b[^.?!]{0,40}\bto (receive|get|accept|collect|claim) (the |my |a |his |her |their )?(money|payment|funds|cash|transfer)\b`,
      String.raw`\b(receive|receiving|get paid|getting paid|accept(ing)? (the |a )?payment)\b[^.?!]{0,40}\b(enter|type|put in|need|needs|asks? for|asking for)\b[^.?!]{0,15}\b(pin|password|passcode)\b`,
    ].join('|'),
  ),
  /** Someone else sent the code or the link. */
  sentByOther: re(
    String.raw`买家|卖家|对方|客户|顾客|(他|她|人家)(发|给)|发(的|来|了)|\b(buyer|seller|customer|someone|somebody|they|he|she)\b|\bsent (me )?(one|it|a|the)\b`,
  ),

  /** A firm or team that "recovers" scam losses, to be paid. */
  recoveryAgent: re(
    String.raw`(追回|追款|挽回|追损|追讨|维权|退款)(的)?(公司|团队|机构|律师|律所|专家|中心|平台|黑客|工作室|人)|\b(fund|funds|asset|assets|money|crypto|scam|loss|chargeback) recovery (people|guys|firm|company|agents?|agency|service|services|team|lawyers?|experts?|specialists?|outfit)\b|\brecovery (people|guys|firm|company|agents?|agency|team|experts?|specialists?|lawyers?)\b`,
  ),

  /** A payee writes that its bank or account changed and the money should go elsewhere now. */
  payeeBankChanged: re(
    [
      String.raw`\b(their|its|his|her|the) (bank|bank account|account|banking details|bank details|account details|payment details)\b[^.?!]{0,10}\b(has |have |had |was |were )?(been )?(changed|moved|switched|updated)\b`,
      String.raw`\b(should|must|is to|are to) now (go|be paid|be sent|be made) (to|into)\b|\bnow (goes|go) (to|into) (a|an|the|their) (new|different|other)\b`,
      String.raw`(说|通知|邮件|来信|来函|发来|告知)${C}{0,20}((换了|变更|更换|改了|换成)(了)?(开户行|银行|收款银行|账户|收款账户|账号|收款账号)|(开户行|收款银行|收款账户|银行账户|账户|账号)(换了|变更|更换|改了|已变更|已更换))`,
      String.raw`(开户行|收款银行|收款账户|账户|账号)(换了|变更了|更换了|改了)${C}{0,20}(打到|付到|转到|汇到|改打|改付|改转)`,
    ].join('|'),
  ),

  /** The customer checked the change with the payee on a number they already had. */
  checkedWithPayee: re(
    String.raw`(打(电话)?过去|打电话|回电|当面|亲自)${C}{0,20}(问|确认|核实|核对)(了|过)|确认(了)?是真的|\b(called|rang|phoned|rung)\b[^.?!]{0,40}\b(confirm\w*|verif\w*|check\w*)\b|\bconfirmed (it|the change|the new details)\b`,
  ),

  /** The boss or a manager wants gift cards or their codes, in a hurry. */
  bossGiftCards: re(
    [
      String.raw`(领导|老板|经理|主管|上司|老总|总经理|董事长|校长|主任)[^。！？]{0,20}(卡密|礼品卡|购物卡|京东e?卡|e卡|充值卡|苹果卡|游戏卡|点卡)`,
      String.raw`(卡密|礼品卡|购物卡|京东e?卡|e卡|充值卡|苹果卡)[^。！？]{0,20}(领导|老板|经理|主管|上司|老总|总经理|董事长)`,
      String.raw`\b(boss|manager|supervisor|ceo|director|line manager|head teacher|headteacher|principal|pastor|vicar|priest)\b[^.?!]{0,60}\b(gift ?cards?|itunes|google play|steam cards?|apple cards?|card codes)\b`,
      String.raw`\b(gift ?cards?|itunes|google play|steam cards?|apple cards?)\b[^.?!]{0,60}\b(boss|manager|supervisor|ceo|director|pastor|vicar)\b`,
    ].join('|'),
  ),
  /** In a hurry, or the codes wanted. */
  giftUrgency: re(
    String.raw`卡密|急|马上|赶紧|尽快|立刻|拍(照|给)|\bcodes?\b|\burgent\w*|\basap\b|\bright (away|now)\b|\bimmediately\b|\btoday\b|\bsend\b|\bphotos?\b|\bpictures?\b|\bscratch\w*\b`,
  ),

  /** A medical insurance, pension, benefits or tax "violation" told to the customer. */
  agencyViolation: re(
    String.raw`(医保|社保|养老金|公积金|个税|税务|低保|补贴|退休金)${C}{0,14}(违规|违法|异常|涉嫌|多领|套取|骗保|重复(领取|报销)|被冻结|冻结)|\b(medicare|medicaid|benefits?|pension|universal credit|social security|tax|national insurance|health insurance)\b[^.?!]{0,40}\b(fraud|irregular\w*|violation|misuse|overpaid|overpayment|flagged|suspended|frozen)\b`,
  ),
  /** A deposit, a fine or a fee to clear or unfreeze it. */
  payToClear: re(
    String.raw`(交|付|缴|转)${C}{0,8}(保证金|罚款|罚金|押金|手续费|费用|钱)|(保证金|罚款|罚金|押金)${C}{0,10}(才能|才可以|就能)?${C}{0,4}(解冻|恢复|解除|撤销|消除)|\b(pay|paid|paying|deposit|transfer)\b[^.?!]{0,40}\b(fine|penalty|deposit|fee|charge|bond)\b|\b(fine|penalty|deposit|fee|bond)\b[^.?!]{0,40}\bto (unfreeze|unlock|clear|release|restore|reinstate|lift)\b`,
  ),

  /** The phone number or SIM moved by someone else (a port, a new SIM, an "upgrade"). */
  numberMoved: re(
    String.raw`\b(port|porting|ported|move|moving|moved|switch|switching|switched|transfer|transferring|transferred|migrate|migrating|migrated) (my|your|the) (phone |mobile )?(number|sim)\b|\b(new|replacement|upgraded|5g|esim) sim\b|\besim\b|携号转网|转网|补(办)?(手机|sim)?卡|换(新)?(的)?(sim|手机|电话)?卡|升级${C}{0,4}(5g|4g)(卡|套餐)?|(5g|4g)卡${C}{0,6}(升级|激活)`,
  ),
  /** A code or a PIN handed to whoever called. */
  codeHandedOver: re(
    String.raw`\b(gave|give|given|told|read|read out|sent|shared|passed)\b[^.?!]{0,25}\b(code|codes|otp|pin|passcode|digits)\b|\b(code|otp|pin|passcode)\b[^.?!]{0,20}\b(to (him|her|them|the caller))\b|(给|告诉|念给|报给|发给)(了)?(他|她|对方|他们|那人|客服)${C}{0,8}(验证码|密码|数字|号码|短信)|(验证码|密码|短信)${C}{0,8}(给|告诉|念给|报给|发给)(了)?(他|她|对方|他们|那人|客服)`,
  ),

  /** The bank's code typed into a courier's, a toll's or a delivery's page. */
  codeOnThirdPartySite: re(
    [
      String.raw`\b(code|otp|passcode)\b[^.?!]{0,40}\b(into|on|in|to)\b[^.?!]{0,30}\b(usps|royal mail|evri|hermes|dpd|dhl|fedex|ups|parcelforce|post office|courier|redelivery|re-delivery|delivery|parcel|package|toll|customs|shipping)\b[^.?!]{0,20}\b(site|website|page|link|form|portal)\b`,
      String.raw`\b(usps|royal mail|evri|hermes|dpd|dhl|fedex|ups|parcelforce|courier|redelivery|delivery|parcel|toll|customs)\b[^.?!]{0,20}\b(site|website|page|link|form|portal)\b[^.?!]{0,30}\b(asks?|asking|wants?|needs?) (for )?(the |my |your )?(code|otp|passcode)\b`,
      String.raw`(验证码|动态码|短信码)[^。！？]{0,12}(填|输|写|提交|输入)(到|进|在)?${C}{0,12}(快递|物流|包裹|邮政|顺丰|海关|etc|补发|派送|过路费)${C}{0,8}(的)?(网页|网站|链接|页面|界面)`,
      String.raw`(快递|物流|包裹|邮政|顺丰|海关|etc|补发|派送|过路费)${C}{0,8}(的)?(网页|网站|链接|页面)${C}{0,12}(要|让|需要|让我)(填|输|输入)?${C}{0,6}(验证码|动态码|短信码)`,
    ].join('|'),
  ),

  /** An authority coming to collect the customer's cards. */
  cardsCollected: re(
    String.raw`\b(police|officers?|detectives?|investigators?|inspectors?|agents?|fbi|fraud squad|bank)\b[^.?!]{0,30}\b(collect\w*|pick(ing)? up|picks? up|tak(e|es|ing)|com(e|es|ing) (for|to (get|take|collect))|fetch\w*|seiz\w*)\b[^.?!]{0,10}\b(my|the|our|all my) (bank |debit |credit )?cards?\b|(警察|公安|民警|警官|检察|法院|办案)${C}{0,14}(上门|过来|来)?(取|收|拿|收走|带走|取走)${C}{0,6}(银行卡|卡)`,
  ),

  /** A relative said to be held, ransom wanted. */
  relativeHeld: re(
    String.raw`\b(someone|somebody|they|they'?ve|a man|men|kidnappers?|a gang)\b (has|have|got|took|has taken|have taken|is holding|are holding|kidnapped|snatched|grabbed)\b (my|our) (daughter|son|child|kid|wife|husband|mum|mom|dad|mother|father|grandson|granddaughter|brother|sister|boy|girl|baby)\b|\bkidnap\w*|\bransom\b|绑架|绑票|赎金|(女儿|儿子|孩子|老婆|老公|妈|爸|孙子|孙女)${C}{0,4}在(他们|对方|别人|人家)手(里|上)|被(人)?(绑|扣住|扣押|控制)(了|住)`,
  ),

  /** Money for them. */
  ransomMoney: re(
    String.raw`赎金|打钱|转|汇|取${C}{0,4}(现金|钱)|\b(ransom|wire\w*|send\w*|transfer\w*|pay\w*|cash|money)\b`,
  ),

  /** An overdue bill, a fine or a toll paid through a link sent to the customer. */
  billLink: re(
    String.raw`(补缴|欠费|逾期|罚款|违章|停电|停水|电费|水费|燃气费|话费|etc|过路费|通行费|停车费)${C}{0,8}(链接|网址)|(链接|网址)${C}{0,10}(补缴|欠费|罚款|违章|停电|停水)|\b(link|text|sms)\b[^.?!]{0,40}\b(unpaid|outstanding|overdue|arrears|missed|owed)\b[^.?!]{0,20}\b(bill|toll|fine|fee|charge|balance|tax|invoice)\b|\b(unpaid|outstanding|overdue)\b[^.?!]{0,20}\b(bill|toll|fine|fee|charge|tax|invoice)\b[^.?!]{0,40}\blink\b`,
  ),
  /**
   * A toll, parking charge or penalty that came as a text or as a payment link (no council, road operator or court
   * bills a penalty by a link in a text): "the e-toll payment link", "a parking fine that came by SMS",
   * "短信发来的违章罚单", "停车罚款的短信让我点链接交".
   */
  penaltyByTextOrLink: re(
    [
      String.raw`\b(e-?tolls?|tolls?|toll road|road ?tax|parking|pcn|penalty|penalty charge|fine|congestion charge|ulez)\b[^.?!]{0,25}\b(payment |pay )?link\b`,
      String.raw`\b(e-?tolls?|tolls?|parking|pcn|penalty|penalty charge|fine|congestion charge)\b[^.?!]{0,40}\b(came|come|comes|sent|arrived|received|got)\b[^.?!]{0,10}\b(by|via|in|through|as) (an? )?(sms|text)( message)?\b`,
      String.raw`\b(sms|text)( message)?\b[^.?!]{0,25}\b(unpaid |outstanding |overdue )?(e-?toll|toll|parking (fine|penalty|charge|ticket)|pcn|penalty charge|traffic fine)\b`,
      String.raw`短信${C}{0,10}(罚单|罚款|违章|停车费|过路费|通行费|高速费)|(罚单|罚款|违章|停车费|过路费|通行费|高速费)${C}{0,10}(短信|链接)(发|来|里)`,
    ].join('|'),
  ),
  /**
   * A fee to release a prize, a lottery win or winnings, named or to be sent or paid ("the release fee for my winnings",
   * 领奖要先交手续费, "how do I wire the processing fee for my prize?", 抽奖中了的公证费往哪打).
   */
  prizeReleaseFee: re(
    [
      String.raw`\b(release|clearance|processing|claim(ing)?|activation|unlock(ing)?|delivery|transfer) (fee|charge|tax)\b[^.?!]{0,40}\b(winnings|prize|lottery|jackpot|sweepstakes?|lucky draw|award)\b`,
      String.raw`\b(winnings|prize|lottery|jackpot|sweepstakes?|lucky draw)\b[^.?!]{0,40}\b(release|clearance|processing|activation|unlock(ing)?) (fee|charge)\b`,
      String.raw`(领奖|兑奖|奖金|奖品|中奖|彩票)${C}{0,10}(激活费|解冻费|公证费|保证金|领奖费|手续费才能|先交(?![^，。！？]{0,2}税))`,
      String.raw`(领奖|兑奖|奖金|中奖)${C}{0,6}手续费${C}{0,10}(汇|转|交|付|打)`,
      // To be sent or paid, in very few words (was `prizeFeeSent` in scam_steps_told_in_few_words.ts).
      String.raw`(中(了)?${C}{0,2}奖|抽奖中(了)?|奖金|奖品)[^。！？]{0,8}(手续费|保证金|公证费|激活费|运费)${C}{0,10}${ZH_PAY}|${ZH_PAY}${C}{0,6}(中(了)?${C}{0,2}奖|奖金|奖品)${C}{0,4}(的)?(手续费|保证金|公证费|激活费)`,
      String.raw`\b(send|wire|pay|transfer)\b[^.?!]{0,30}\b(processing|release|handling|clearance|notary) fee\b[^.?!]{0,20}\b(prize|winnings|lottery|sweepstakes)\b|\b(prize|winnings|lottery|sweepstakes)\b[^.?!]{0,30}\b(processing|release|handling|clearance|notary) fee\b[^.?!]{0,30}\b(send|wire|pay|transfer)\b`,
    ].join('|'),
  ),
  /**
   * A shop's or a platform's "customer service" guiding the customer, step by step, to "receive" a refund or
   * compensation in an app (the steps are a transfer out): "Lazada CS walking me through receiving the refund in my
   * banking app", "淘宝客服教我在手机银行里领取退款".
   */
  guidedToReceiveRefund: re(
    [
      String.raw`\b(cs|customer service|customer support|support|agent|seller|shop|store|platform)\b[^.?!]{0,20}\b(is |are |was |were )?(guid\w*|walk\w*|teach\w*|show\w*|coach\w*|instruct\w*)\b[^.?!]{0,10}\b(me|us)\b[^.?!]{0,20}\b(to |through |how to |on how to )?(receive|receiving|claim|claiming|collect|collecting|accept|accepting)\b[^.?!]{0,10}\b(refund|compensation|reimbursement|money back)\b`,
      String.raw`(客服|售后|商家|卖家|店家|平台)${C}{0,10}(教|指导|带|一步步|手把手)${C}{0,16}(领取|接收|收取|领|收)${C}{0,4}(退款|赔偿|理赔|补偿|赔付)`,
    ].join('|'),
  ),
  /** Done in the customer's app or with a button ("in my app, what button?", 手机银行里点哪个). */
  inAnApp: re(
    String.raw`\bapps?\b|\bbutton\b|\bonline banking\b|\btap\b|\bclick\b|手机银行|app|按钮|点哪|界面|网银`,
  ),
  /**
   * An agent paid to clear or release goods (a car at the port, a parcel at customs) who has gone quiet: "paid the
   * clearing agent, now he's not picking my calls", "给清关代理转了钱，现在电话不接了".
   */
  releaseAgent: re(
    String.raw`\b(clearing|clearance|customs|shipping|freight|port|haulage|import)\b[^.?!]{0,20}\b(agents?|brokers?|agency|company|guy|man)\b|\bagents?\b[^.?!]{0,40}\b(clearing|clearance|customs|port)\b|清关|报关|货代|(海关|港口|码头)${C}{0,8}(代理|中介|的人)|(代理|中介)${C}{0,8}(海关|港口|码头|提车|放车)`,
  ),
  /** Money already sent or paid to them ("sent ₦600,000 to the agent", 转了两万给他). */
  paidThem: re(String.raw`\b(sent|paid|transferred|wired|gave|deposited)\b|(转|付|打|汇|给)了`),
  goneQuiet: re(
    String.raw`\bnot (picking|answering|taking|returning)( up)?( my| the| his| her)? (calls?|phone)\b|\b(stopped|isn'?t|won'?t|doesn'?t|hasn'?t|not) (answer|respond|reply|repl)\w*\b|\bblocked me\b|\b(phone|number|line) (is )?(off|switched off|unreachable|not reachable|not going through)\b|\bunreachable\b|\bgone (quiet|silent|awol|missing)\b|\bdisappeared\b|不接(电话)?|不回(消息|信息|微信)?|拉黑|联系不上|(关机|失联)了?`,
  ),
  /** An update or upgrade done, then told to wait hours before logging in. */
  updateThenWait: re(
    [
      String.raw`\b(update|upgrade|verification|verify|reactivation)\b[^.?!]{0,40}\b(wait|come back( in)?|try again in|locked for)\b[^.?!]{0,6}\b(\d+|twenty[- ]four|forty[- ]eight|a few|several) ?(hrs?|hours?|days?)\b[^.?!]{0,20}\b(to |before (you |i )?)?(log ?in|sign ?in|access|use)\b`,
      String.raw`(升级|更新|认证|验证)(完|好|了|完成|之后|以后|后)[^。！？]{0,12}(要|需要|得|让我)?等(待)?${C}{0,2}(\d+|[一二两三四五六七八九十几]+)(个)?(小时|天)${C}{0,4}(才能|才可以|后才能|后)?${C}{0,2}(登录|登陆|使用|用)`,
    ].join('|'),
  ),
  /** Paying through it. */
  payingThrough: re(
    String.raw`付款|支付|缴|交|付|扣款|刷|限额|\bpay\w*\b|\bcard\b|\bdeclin\w*\b|\bfail\w*\b`,
  ),
} as const;

type StepCue =
  | keyof typeof SCAM_STEP_CUES
  | 'notActed'
  | 'hypothetical'
  | 'moneyMove'
  | 'payment'
  | 'businessParty'
  | 'verified'
  | 'nearMiss';

export interface ScamStepRule {
  scheme: FraudScheme;
  all: StepCue[];
  unless?: StepCue[];
  weight: number;
}

export const SCAM_STEP_RULES: ScamStepRule[] = [
  { scheme: 'code_request', all: ['receiveWithSecret', 'sentByOther'], unless: ['notActed'], weight: 0.8 },
  { scheme: 'recovery_scam', all: ['recoveryAgent', 'moneyMove'], unless: ['notActed'], weight: 0.75 },
  { scheme: 'recovery_scam', all: ['recoveryAgent', 'payment'], unless: ['notActed'], weight: 0.75 },
  {
    scheme: 'payee_change',
    all: ['businessParty', 'payeeBankChanged', 'payment'],
    unless: ['verified', 'checkedWithPayee'],
    weight: 0.75,
  },
  { scheme: 'impersonation', all: ['bossGiftCards', 'giftUrgency'], unless: ['notActed'], weight: 0.75 },
  {
    scheme: 'authority_impersonation',
    all: ['agencyViolation', 'payToClear'],
    unless: ['notActed'],
    weight: 0.75,
  },
  { scheme: 'code_request', all: ['numberMoved', 'codeHandedOver'], unless: ['notActed'], weight: 0.8 },
  { scheme: 'code_request', all: ['codeOnThirdPartySite'], unless: ['notActed'], weight: 0.8 },
  {
    scheme: 'authority_impersonation',
    all: ['cardsCollected'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.8,
  },
  { scheme: 'impersonation', all: ['relativeHeld', 'ransomMoney'], unless: ['notActed'], weight: 0.8 },
  {
    scheme: 'advance_fee',
    all: ['billLink', 'payingThrough'],
    unless: ['notActed', 'nearMiss'],
    weight: 0.7,
  },
  { scheme: 'code_request', all: ['updateThenWait'], unless: ['hypothetical'], weight: 0.7 },
  {
    scheme: 'advance_fee',
    all: ['penaltyByTextOrLink', 'payingThrough'],
    unless: ['notActed', 'nearMiss', 'hypothetical'],
    weight: 0.7,
  },
  { scheme: 'advance_fee', all: ['prizeReleaseFee'], unless: ['notActed', 'hypothetical'], weight: 0.75 },
  { scheme: 'refund_loan', all: ['guidedToReceiveRefund', 'inAnApp'], unless: ['notActed'], weight: 0.8 },
  {
    scheme: 'advance_fee',
    all: ['releaseAgent', 'goneQuiet', 'paidThem'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
];
