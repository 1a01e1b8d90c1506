/**
 * The scam patterns banks and police warn about (China's 反诈 campaigns and UK/US bank warnings), as cue
 * groups in both locales. A rule fires on a combination of cues; a cue alone ("transfer", "loan", "refund",
 * "verification code") is ordinary banking and never fires by itself.
 */

export const FRAUD_SCHEMES = [
  'safe_account',
  'authority_impersonation',
  'investment_teacher',
  'code_request',
  'refund_loan',
  'loan_cancellation',
  'remote_access',
  'advance_fee',
  'impersonation',
  'victim_report',
  'money_mule',
  'payee_change',
  'recovery_scam',
  'romance_scam',
] as const;
export type FraudScheme = (typeof FRAUD_SCHEMES)[number];

import { BANK_CHECK_CONFIRMED_CUES } from './bank_check_confirmed.ts';
import { BANK_ROUTINE_CUES } from './bank_routine.ts';
import { OWN_WITHDRAWAL_FEE_CUES } from './own_withdrawal_fee.ts';
import { RED_FLAG_CUES } from './red_flags.ts';
import { SAY_SO_CUES, SAY_SO_RULES } from './on_someones_say_so.ts';
import { VICTIM_CONTEXT_CUES } from './victim_context.ts';
import { SCAM_WORRY_CUES } from './scam_worry.ts';
import { SCAM_STEP_CUES, SCAM_STEP_RULES } from './scam_steps_asked_as_banking.ts';
import { OWN_NEW_PHONE_CUES } from './own_new_phone.ts';
import { OWN_NEW_PHONE_PAUSE_CUES } from './own_new_phone_security_pause.ts';
import { OWN_OLD_SCAM_CUES } from './own_old_scam_records.ts';
import { IN_CLAUSE, re } from './cue_regex.ts';
import { isOfficialLetterByPostAskedAbout } from './official_letter_by_post_asked_about.ts';
import { POLICE_INQUIRY_CUES } from './police_inquiry_in_person.ts';
import { FAMILY_REMOTE_HELP_CUES } from './family_remote_help.ts';
import { OFFICIAL_FEE_CUES, OFFICIAL_FEE_RULES } from './official_fee_to_an_unofficial_account.ts';
import { CHARITY_CUES, CHARITY_RULES } from './charity_into_a_personal_account.ts';
import { LOAN_UNASKED_CUES, LOAN_UNASKED_RULES } from './loan_paid_out_unasked.ts';
import { HEALTH_TALK_CUES, HEALTH_TALK_RULES } from './health_talk_selling_to_the_elderly.ts';
import { FLAGGED_PAYEE_CUES, FLAGGED_PAYEE_RULES } from './flagged_payee_to_be_forced_through.ts';
import { STRANGER_INHERITANCE_CUES, STRANGER_INHERITANCE_RULES } from './inheritance_from_a_stranger.ts';
import { APP_FROM_A_MESSAGE_CUES, APP_FROM_A_MESSAGE_RULES } from './app_installed_from_a_message.ts';
import { OWN_COURT_FEE_CUES } from './own_court_fee_paid_at_the_court.ts';
import { EMPLOYERS_PAYROLL_OVERPAYMENT_CUES } from './employers_payroll_overpayment.ts';
import { POLICE_CASH_CHECK_CUES, POLICE_CASH_CHECK_RULES } from './cash_for_the_police_to_inspect.ts';
import { LEGAL_MATTER_CUES } from './legal_matter_through_the_bank.ts';
import { RELATIVES_AFFAIRS_CUES } from './relatives_affairs_while_in_hospital.ts';
import {
  PAYEE_DETAILS_CHANGED_CUES,
  PAYEE_DETAILS_CHANGED_RULES,
} from './payee_details_changed_by_message.ts';
import {
  ONLINE_TRADING_TEACHER_CUES,
  ONLINE_TRADING_TEACHER_RULES,
} from './online_contact_teaching_trading.ts';
import { RELATIVE_IN_TROUBLE_CUES, RELATIVE_IN_TROUBLE_RULES } from './money_for_a_relative_in_trouble.ts';
import { NEW_NUMBER_BILL_CUES, NEW_NUMBER_BILL_RULES } from './new_number_asking_to_pay_a_bill.ts';
import { JOB_ABROAD_FEE_CUES, JOB_ABROAD_FEE_RULES } from './fee_for_a_job_abroad_asked_by_an_agency.ts';
import { GIFT_CARD_DEMAND_CUES, GIFT_CARD_DEMAND_RULES } from './official_body_paid_in_gift_cards.ts';
import {
  CALLER_AT_THE_MACHINE_CUES,
  CALLER_AT_THE_MACHINE_RULES,
} from './cash_machine_operated_as_a_caller_directs.ts';
import { CHAT_BOSS_CUES, CHAT_BOSS_RULES } from './boss_on_a_messaging_app_asking_for_a_payment.ts';
import { CODE_TO_STAFF_CUES, CODE_TO_STAFF_RULES } from './code_given_to_the_banks_supposed_staff.ts';
import {
  LOAN_CREDIT_OUT_CUES,
  LOAN_CREDIT_OUT_RULES,
} from './loan_to_be_cancelled_by_moving_its_credit_out.ts';
import {
  MARKETPLACE_TRANSFER_CUES,
  MARKETPLACE_TRANSFER_RULES,
} from './marketplace_protection_paid_by_bank_transfer.ts';
import {
  HOSPITAL_STAFF_ACCOUNT_CUES,
  HOSPITAL_STAFF_ACCOUNT_RULES,
} from './hospital_fee_into_a_staff_members_own_account.ts';
import { HOSPITALS_OWN_CHANNEL_CUES } from './hospital_bill_paid_through_the_hospitals_own_channel.ts';
import { REFUND_OWED_CUES } from './refund_owed_by_ones_landlord_or_provider.ts';
import {
  ACCOUNT_CHANGED_CUES,
  ACCOUNT_CHANGED_RULES,
} from './account_changed_while_the_phone_lost_service.ts';
import {
  REMOTE_HELPER_REFUND_CUES,
  REMOTE_HELPER_REFUND_RULES,
} from './refund_overpaid_by_a_remote_helper.ts';
import { RENTAL_HOLD_CUES, RENTAL_HOLD_RULES } from './deposit_to_hold_a_rental_found_online.ts';
import { PAGE_LOGIN_CUES, PAGE_LOGIN_RULES } from './banking_login_asked_by_a_page_from_a_qr_code_or_link.ts';
import {
  RENEWAL_INVOICE_CUES,
  RENEWAL_INVOICE_RULES,
} from './renewal_invoice_with_a_deadline_from_an_unknown_firm.ts';
import { FEW_WORDS_STEP_CUES, FEW_WORDS_STEP_RULES } from './scam_steps_told_in_few_words.ts';
// dec50: a scam's own mechanics told in few words, one file each.
import { FEE_TO_UNFREEZE_CUES, FEE_TO_UNFREEZE_RULES } from './fee_to_unfreeze_money.ts';
import {
  SCREEN_SHARE_NEXT_TAP_CUES,
  SCREEN_SHARE_NEXT_TAP_RULES,
} from './screen_shared_then_the_next_tap_asked.ts';
import { CARD_FOR_A_COMPANY_CUES, CARD_FOR_A_COMPANY_RULES } from './card_taking_payments_for_a_company.ts';
import {
  TEMPORARY_ACCOUNT_CUT_OFF_CUES,
  TEMPORARY_ACCOUNT_CUT_OFF_RULES,
} from './bill_paid_into_a_temporary_account_before_a_cut_off.ts';
import { CODE_FOR_A_REFUND_CUES, CODE_FOR_A_REFUND_RULES } from './code_to_be_read_out_for_a_refund.ts';
import { CARD_TO_A_COURIER_CUES, CARD_TO_A_COURIER_RULES } from './old_card_handed_to_a_courier.ts';
import { CRYPTO_DEMAND_CUES, CRYPTO_DEMAND_RULES } from './public_body_paid_in_crypto.ts';

/** A call the customer received (not one they made): "they rang me", "got a call", 来电. */
const CALLED_BY = String.raw`来电|打电话(来|给我)|(给我|跟我)打(了)?(个)?电话|\b(rang|phoned|called) (me|us)\b|\b(got|had|received) a (phone )?call\b|\b(office|department|team|company|officer|police|someone|somebody|they|he|she|man|woman|guy|lady|girl) (rang|phoned|called)\b`;

/** The customer did not go along: did not click, reply or fill in; hung up, deleted it (not "钱没回来"). */
const NOT_ACTED = re(
  String.raw`\bi (just )?(said no|refused|declined|turned (it|them|him|her) down)\b|我(就|直接)?(拒绝了|没答应|没同意)|没点|没有点|没填|没有填|没理|不理|没回(?![来款到账去])|直接删|删了|挂了|挂断|\b(didn'?t|did not|never) (click|open|enter|reply|respond|pay|answer|call|ring|phone|contact)\b|\bnever (clicked|opened|entered|typed|put in) (it|them|my|the|a|any)\b|我(就|也|可|才|当然)?没(有)?(联系|联络)(他|她|对方|他们)?(?![上到过])|(?<![还他她方们行])我(就|也|可|才|当然|肯定)?没(有)?(给|告诉)(他|她|对方|他们|骗子)?(验证码|密码)?(?=[，,。.!！\s]|$)|钱没(动|转)|\bi (said|told (them|him|her)) (i'?d|i would|i'?ll|i will) (ring|call|phone) (back|you|the bank)\b|\bdeleted (it|the)\b|\bhung up\b|\bput the phone down\b|\bgave (them |him |her )?nothing\b|\b(paid|sent|transferred) (them |him |her )?nothing\b(?! yet)|\bnever (told|gave) (them|him|her) (a thing|anything)\b|\bblocked (a|the|their|his|her) number\b|\bignored (it|them)\b|扔了|没搭理|没当回事|\b(binned|trashed|shredded) (it|them)\b|\bthrew (it|them) (away|out)\b|我没去|我(才|根本)?不信|(一分钱|一分)(都|也)?没(转|给|付|动|投)|钱一分(都|也)?没(转|动)|(我们|大家)都没(交|转|付|给)|我知道(是|那是)?(假的|骗人的|骗子)|(?<!(转|汇|付|交|给)了[^。！？]{0,30})(问|核实|确认)(了|过)${IN_CLAUSE}{0,10}(是|都是)假的|(?<![把将被给])我(就|直接|马上|立马)?(把(他|她|对方|号码|那个号|这个号))?拉黑了|\bi (knew|know) (it was|it's|its|they were) (fake|a scam|not real)\b|\bnot a (penny|cent|dime) (sent|paid|transferred)\b|\bstopped (myself |just )?(before|short of) (entering|typing|putting in|paying|clicking|giving|sending|filling)\b|(输|填|付|转)(入|写|款|账)?之前(就)?(停|收手|反应过来|醒悟)|(快|差点|正要)(要)?(输|填|付|转)${IN_CLAUSE}{0,8}(停(住|下)?了|收手了|反应过来)${IN_CLAUSE}{0,6}(什么|啥)(都|也)没(输|填|付|转)`,
);

/** Cue groups; each is matched against the lower-cased message. */
export const CUES = {
  safeAccount: re(
    String.raw`安全账户|资金监管账户|保护账户|国家监管账户|\b(protection|protected|safekeeping) account\b|国家账户|\b(state|national|federal) account\b|(转|存|移)到(一个)?新(的)?账户|\b(move|transfer|put)\b.{0,20}\b(to|into) a new account\b|国家(安全|清算|专用|保障)?账户|监管账户|保管账户|核查账户|清查账户|资金核查|指定(的)?账户|他(给|提供)的(安全)?账户|\b(safe|secure|protected|supervision|designated|government|holding|safety|secured) account\b|\baccount (he|they|she) provide`,
  ),
  authority: re(
    String.raw`公安|警察|警官|民警|公检法|检察院|检察官|法院|法官|诉讼|国安|反诈中心|专案组|办案人员|银保监(会)?(的|工作人员)|税务局|\bpolice\b|(?<!loan |bank |account |compliance |credit )\bofficer\b|\bdetective\b|\bprosecutor\b|\bcourt\b|\bjudge\b|\blawsuit\b|\bpublic security\b|\banti-fraud (center|centre)\b|\btax office\b|\binvestigator\b|\bmarshal\b`,
  ),
  crime: re(
    String.raw`洗钱|涉案|涉嫌|通缉|逮捕|犯罪|嫌疑人|案子|立案|配合调查|冻结你|\bmoney laundering\b|\barrest(ed)?\b|\bwarrant\b|\bsuspect\b|\binvestigation\b|\bcrime\b|\bcriminals?\b|\bunder investigation\b|\bfraud case\b`,
  ),
  /**
   * The customer helps a case as a witness or with paperwork for it ("I'm a witness in a fraud case at my old
   * workplace and the police want my statements", "我是证人，派出所让我打印流水"): no money is asked for, so the
   * police and the case are no story of impersonated police (a money move still is, by its own rules).
   */
  witness: re(String.raw`证人|作证|\bwitness(es)?\b|\b(witness|victim) statement\b`),
  /**
   * The escrow of a home purchase ("买房付首付 要转80万到开发商的资金监管账户", "二手房交易的资金监管账户", the housing
   * bureau's own escrow, 住建局的资金监管账户): a real account the buyer pays into, unless police, a court or a
   * prosecutor are in the story.
   */
  propertyEscrow: {
    test: (lower: string): boolean =>
      /(开发商|购房|买房|首付|房款|二手房|房产交易|房屋交易|网签|过户|定金)[^。！？]{0,24}(资金)?监管(账户|账号)?|(资金)?监管(账户|账号)[^。！？]{0,24}(开发商|购房|房款|二手房|房产|网签|过户)|(住建局|住建委|住房和城乡建设局|房管局|房管中心|房产交易中心|不动产登记中心)[^。！？，,]{0,6}(资金)?监管(账户|账号)/u.test(
        lower,
      ) && !/公安|警|法院|检察|国安|公检法|专案|办案|涉嫌|洗钱|安全账户/u.test(lower),
  },
  moneyMove: re(
    String.raw`转账|给(他|她|对方)转|转.{0,2}(万|千|百|块|元)|要钱|汇钱|\b(asking|asked|ask|asks) for money\b|\bneeds? money\b|转到|转入|转进|转钱|转给|转过去|转走|打钱|打款|汇款|汇到|转一笔|交(保证金|手续费|费)|保证金|充值|追加|加仓|投了|\btransfer\b|\bmove (all )?(of )?(my|the|your)?\s?(money|funds|savings)\b|转(出|出去|过去|走|给|到|入|进)|\bwire\b|\bsend (him|them|her)?\s?(the )?money\b|\bdeposit\b|\bpay\b|\bput (my|in)\b|\bmove (it all|everything|all of it|(£|\$|€|rs\.? ?)?\d[\d,.]*\s?(k|m|grand|thousand|lakh|quid|pounds?|dollars?|euros?)?)\b|\bsend\b.{0,20}\b(more|money|dollars|\d+)\b`,
  ),
  code: re(
    String.raw`验证码|动态码|短信码|校验码|动态密码|\bverification code\b|\bsms code\b|\botp\b|\bone-time (password|code|passcode)\b|\bthe code\b|\bcodes (sent|texted) to (my|your) (phone|mobile)\b|\bmy code\b|\bsecurity code\b`,
  ),
  codeGiven: re(
    String.raw`(要|问|索要|套|骗)(我)?(的)?(手机|短信)?(收到)?的?(短信)?(验证码|动态码|动态密码)|(让|要|叫)我.{0,12}(验证码|动态码)|(念|读|发|告诉|报|提供|给)(给)?(他|她|对方|别人|陌生人|他们)?.{0,4}(验证码|动态码)|(验证码|动态码)${IN_CLAUSE}{0,10}(告诉|给|念|发|报)(给)?(了)?(他|她|对方|别人|一个(人|陌生|男|女|自称)|陌生)|\b(asked|ask|asking|wants?|wanted|requested|told me to (read|give|send|share|tell))\b.{0,30}\b(code|otp|pin|passcode)\b|\b(gave|give|told|shared|read out|read)\b.{0,25}\b(code|otp)\b|\bread out the code\b|\bcode\b.{0,20}\b(to|with) (him|her|them|someone|a stranger)\b`,
  ),
  pinGiven: re(
    String.raw`(提供|告诉|要(?!不要)|索要|问)(?!.{0,4}(改|修改|重置|设置))(?!(不要|不用|需不需要|要不要)).{0,6}(银行卡)?密码|\b(asked|ask|wants?) (for )?my (card )?(pin|password)\b`,
  ),
  actor: re(
    String.raw`有人|有个|一个|对方|他|她|陌生|自称|冒充|客服|人说|电话里|来电|\bsomeone\b|\bsomebody\b|\ba (man|woman|guy|caller|stranger|person)\b|\bhe\b|\bshe\b|\bthey\b|\bthe caller\b|\bstranger\b|\bcaller\b`,
  ),
  investmentStrong: re(
    String.raw`稳赚|带单|一定赚|肯定赚|必赚|保证(赚钱|收益|盈利|回本|翻倍)|零风险|高回报|月(收益|回报)|翻一番|包赚|只赚不赔|稳赚不赔|稳赚不亏|收益翻倍|内幕消息|内部渠道|必涨|\bguarantee[sd]? (high )?(profits?|returns?|gains?|income)\b|\bcan'?t lose\b|\bdefinitely (profit|make money|win)\b|\b\d+ ?(%|percent) (a|per) (year|month|week)\b.{0,20}\bguaranteed\b|\bguaranteed\b.{0,30}\b(invest|return|profit|platform)|\b(invest|crypto|platform)\b.{0,40}\bguaranteed\b|\bdouble my money\b|\b(returns?|profits?) (are|is) guaranteed\b|\brisk-free\b|\bsure thing\b|\bdouble (your |my )?(money|returns)\b|\binsider (tips|information|info)\b|\b\d+ ?(%|percent) (a|per|monthly|every) ?(month|week|day)\b|\bmonthly returns\b|\bprofits are guaranteed\b`,
  ),
  /** A teacher of something else: a child's class, music, a sport, driving ("钢琴老师", "my son's maths teacher"). */
  everydayTeacher: re(
    String.raw`(钢琴|音乐|舞蹈|英语|数学|语文|物理|化学|补习|辅导|家教|美术|画画|游泳|篮球|足球|驾校|瑜伽|健身|孩子|儿子|女儿|班主任|幼儿园|学校|小学|中学|学校的|班上)的?(老师|教练)|\b(piano|music|guitar|violin|dance|ballet|swim(ming)?|yoga|driving|maths?|english|science|art|school|class|form|tennis|football|soccer|golf|fitness|gym|karate|singing|language|spanish|french|chinese)\s+(teacher|coach|tutor|instructor)\b|\b(son|daughter|kids?|child|children)'?s?\s+(\w+\s+)?(teacher|coach|tutor)\b`,
  ),
  /**
   * Someone named by the role investment scams give themselves ("投资老师", "荐股老师", "my trading mentor"): money
   * sent to such a person is the scam, with or without promised returns. A plain "老师" is a child's teacher.
   */
  investmentPersona: re(
    String.raw`(投资|炒股|股票|荐股|带单|理财|炒币|期货|外汇|交易)(的)?(老师|导师|专家|大师)|\b(investment|investing|trading|stock|crypto|forex) (teacher|mentor|coach|guru|expert)\b`,
  ),
  /** Money paid to someone: "转5000给…", "给…转5000", "send … to", "pay …". */
  paysSomeone: re(
    String.raw`(转|汇|打|付)[^，。！？,.!?]{0,10}给|给[^，。！？,.!?]{0,12}(转|汇|打|付)|\b(send|transfer|wire|pay|paid|sent|transferred)\b`,
  ),
  investmentActor: re(
    String.raw`老师|导师|带单|分析师|荐股|股神|股票群|投资群|炒股群|直播间|投资平台|理财平台|理财老师|群主|喊单|网恋|期货|\bmentor\b|\banalyst\b|\bcoach\b|\bteacher\b|\btrader\b|\bsignals\b|\btrading group\b|\bstock tips\b|\btips group\b|\binvestment platform\b|\bwealth platform\b|\binvestment group\b|\bonline (girlfriend|boyfriend|partner|lover)\b|\bfutures\b|\btrades? crypto\b|\bcrypto (platform|trader|trading|mentor|group|investment|project|exchange he)\b|\binvestment (group|teacher|coach)\b|\b(whatsapp|telegram|wechat) group\b`,
  ),
  investMoney: re(
    String.raw`充值|打钱|转钱|追加|加仓|投了|投入|入金|开户|往.{0,6}(打|转)|买|\bdeposit\b|\bsend\b|\btransfer\b|\bput in\b|\binvest(ed)?\b|\bbuy\b|\bleverage\b|\bfollow\b`,
  ),
  refundAgent: re(
    String.raw`退款|理赔|赔偿|退费|退保|快递(丢|员)|订单(异常|问题)|误开|取消(会员|分期|服务)|关闭(会员|分期|服务|百万保障)|百万保障|会员服务|\brefund\b|\bcompensation\b|\bparcel\b|\bcourier\b|\bmembership\b|\binstal?lments?\b|\bsubscription\b|\braise my credit limit\b|\blower my interest\b`,
  ),
  loan: re(
    String.raw`借呗|备用金|网贷|金条|微粒贷|花呗|贷款|借款|借钱|贷出来|\bloan\b|\bborrow\b|\blending app\b|\bcredit app\b`,
  ),
  loanCancel: re(
    String.raw`(注销|关闭|取消).{0,6}(校园贷|网贷|贷款|账户)|(校园贷|网贷|贷款).{0,4}(注销|关闭|取消)|\b(cancel|close)\b.{0,20}\b(student loan|loan account|loans?|online loan)\b|\b(student|online) loan\b.{0,30}\b(cancel|close)`,
  ),
  remoteAccess: re(
    String.raw`共享屏幕|屏幕共享|远程(协助|操作|控制)|会议软件|会议app|腾讯会议|钉钉会议|向日葵|todesk|\bzoom\b|\bquick ?support\b|\brustdesk\b|\bultraviewer\b|远程控制|\bscreen[- ]shar(e|ing)\b|\bshare (my|your|the) screen\b|\bremote control\b|\bremote access\b|\banydesk\b|\bteamviewer\b|\bmeeting app\b|\bsee my (phone |laptop )?screen\b|\bwalking me through what to (tap|press|click)\b`,
  ),
  advanceFee: re(
    String.raw`刷单|返利.{0,6}(垫|先|转)|垫付|垫钱|先交.{0,4}(钱|费|保证金|手续费)|解冻费|手续费才能|流水不足|刷流水|验证资金|\bpay\b.{0,25}\b(fee|deposit) (first|upfront)\b|\bpay\b.{0,20}\bupfront\b|\bunlock my commission\b|\b(pay|paying|payment) (by|with|in) gift cards?\b|\bwon (a |an )?(big |huge |cash |lottery )?(prize|lottery|award)\b|\bverification deposit\b|\bfee to withdraw\b|\btransaction history\b.{0,40}\btransfer\b`,
  ),
  /** The bank's own charges asked about ("柜员说提现要先交手续费吗", "is there a fee to withdraw cash abroad"). */
  bankFee: re(
    String.raw`(柜员|柜台|大堂经理|网点|银行|你们|贵行|atm|取款机|自助机)(的)?(工作人员|的人)?${IN_CLAUSE}{0,16}(手续费|费用|收费|收.{0,2}费)|\b(is there|are there|do you charge|does it cost|what'?s the|what is the|how much is the)\b[^.?!]{0,10}\b(fees?|charges?)\b|\b(fees?|charges?) (for|to) (withdraw|use|using|send|sending|receiv)\w*\b[^.?!]{0,30}\b(abroad|overseas|atm|card|cash)\b`,
  ),
  /** A fee or tax on a prize; only with someone demanding it ("中奖了要交税吗" asks the bank about tax). */
  prizeFee: re(
    String.raw`中(了)?.{0,2}奖.{0,12}(手续费|税|费|保证金|先)|抽奖.{0,12}(税|费)|\b(lucky draw|lottery|raffle|prize|winnings)\b.{0,30}\b(tax|fee)\b`,
  ),
  impersonation: re(
    String.raw`冒充|自称|假冒|假装|视频(通话)?.{0,10}(儿子|女儿|家人|领导)|\bclaiming to be\b|\bpretend(ed|s)? to be\b|\bclaims to be\b|\bpretending to be\b|\bposing as\b|\bimpersonat(ing|ed|or)\b|\bsays he'?s from\b|\bsaid he (is|was) from\b|\bsays (it'?s|he is) the\b|\blooked like my\b|\bsays he works for\b`,
  ),
  secrecy: re(
    String.raw`不要告诉|不准告诉|(要|让)我保密|不要挂(电话)?|别挂电话|\bdon'?t tell\b|\bnot to tell\b|\bdon'?t hang up\b|\bnot to hang up\b|\bkeep it secret\b`,
  ),
  instructed: re(
    String.raw`让我|要我|叫我|教我|得先|需要我|必须|\btold me\b|\basked me\b|\bwants? me\b|\bhave to\b|\bmust\b|\bneed to\b|\bwalked me\b|\bfirst\b|\binstructed\b|\bso they can\b`,
  ),
  hypothetical: re(
    String.raw`(银行|你们|客服).{0,6}会.{0,12}吗|会不会.{0,10}(要|问)|\b(will|would|does|do) (the bank|you|banks)\b.{0,40}\b(ask|call|request)|\bever ask\b`,
  ),
  creditThreat: re(
    String.raw`影响(个人|你的|我的)?征信|上征信|征信.{0,4}(污点|修复|洗白)|\bcredit (record|report)\b.{0,30}\b(black mark|fix|clean|repair)|\b(goes|go|put) on (my|your) credit (record|report|file)\b|征信(会|将)?(受|被)?影响|征信(有|留)?污点|\b(ruin|hurt|affect|damage)s? (your|my) credit\b|\bcredit (score|record|rating|history) (will|would)? ?(be )?(ruined|damaged|affected)\b|\bmy credit is ruined\b`,
  ),
  familyEmergency: re(
    String.raw`(儿子|女儿|孙子|孙女|孩子|家人|老公|老婆|丈夫|妻子|妈|爸|朋友|叔叔|阿姨|舅舅|姑姑|侄子|侄女|外甥|外孙|表哥|表弟|堂哥|堂弟).{0,6}(出车祸|车祸|出事|住院|被抓|被拘|急用钱|急需|手术|被绑)|\b(son|daughter|grandson|granddaughter|grandchild|child|husband|wife|mom|dad|mother|father|family|friend)\b.{0,24}\b(accident|crash|hospital|arrested|jail|in trouble|emergency|kidnapped)\b`,
  ),
  upfrontForLoan: re(
    String.raw`(先交|先付|交一笔|交纳|缴纳).{0,6}(保证金|押金|手续费|工本费|解冻费)|\b(security |upfront |advance )?(deposit|fee) first\b|\bpay (a )?\d+ ?(dollars? |yuan )?(deposit|fee)\b|\b(deposit|fee) before i can\b|诉讼费|\bcourt fees?\b|\bpay (a |the )?fee\b.{0,30}\b(fix|unfreeze|unlock|claim|release)|\bneed to pay tax to claim\b|\bpay tax to (claim|receive|get)\b|\bfirst pay (a|an|the)? ?(security )?(deposit|fee)\b|\bpay (a|an|the)? ?(security|upfront|advance|processing) (deposit|fee)\b`,
  ),
  instructedSend: re(
    String.raw`\b(if|when) i (send|give|tell|share|read)\b|\bsend (him|her|them) (the|my)\b|发给(他|她|对方)|告诉(他|她|对方)`,
  ),
  genuineCheck: re(
    String.raw`是不是真的|是真的吗|真假|是否(是)?(官方|真的)|\b(is it|is this|check (if |whether )?it'?s|make sure it'?s) (genuine|real|legit|legitimate|really from)\b|\breally from (the|your) bank\b`,
  ),
  phishing: re(
    String.raw`(点|点击|打开)(了)?.{0,4}链接.{0,20}(填|输入|输|提交)(了)?.{0,10}(卡号|密码|验证码)|\bclicked (the|a) link\b.{0,60}\b(card number|password|pin|code)\b`,
  ),
  topUp: re(String.raw`代充|帮我充值|\btop up for me\b|\boffered to top up\b`),
  borrowLimit: re(
    String.raw`开通(借款|贷款|借贷)(额度)?|借款额度|备用金|\bopen (a |my )?(borrowing|credit|loan) (limit|line)\b|\bactivat(e|ed|ing) (a )?loan\b|\bborrowing limit\b`,
  ),
  // A phone call in the story, a caller still on the line ("the officer is on the line waiting") or one the
  // customer received (`CALLED_BY`: "head office rang"; "I rang the branch" is not one).
  phoneCall: re(
    String.raw`电话|\bcalled\b|\bcaller\b|\bphone call\b|\b(is|are|'s|still|waiting) on the (line|phone)\b|\bon the (line|phone) (waiting|with me|right now|now|still)\b|` +
      CALLED_BY,
  ),
  /**
   * Someone presenting as the bank's own staff away from the branch: its fraud or security team, head office,
   * a bank inspector, "the girl from the bank". Needs a call or a home visit and money or a code to fire.
   */
  bankStaffClaim: re(
    String.raw`银行(的)?(安全|风控|反诈|反欺诈|稽查|审计|保卫)(部|部门|中心|专员|人员|科)|银行总部|总行(的)?(人|工作人员|专员|领导)|银行(的)?(稽查员|调查员|检查员|督查)|\b(your|the bank'?s|the|a) ['"]?(fraud|security|account protection|protection|risk|investigations?) (department|team|unit|officer)\b|\bhead office\b|\bbank'?s? (inspector|investigator|auditor|security officer)\b|\b(girl|man|woman|guy|lady|someone|somebody|person|chap|colleague) from (the|your|my) (bank|fraud team|head office)\b`,
  ),
  /** Someone coming to the customer's home or door (a "courier", an "inspector"). */
  homeVisit: re(
    String.raw`上门|来(我)?家(里)?(取|拿|收|查|核)|到(我)?家(里)?(来)?(取|拿|收|查|核)|\b(coming|come|came|sending someone|send someone) (round |over )?to (my|the|our) (house|home|flat|door)\b|\b(at|to) (my|the|our) (front )?door\b|\bcollect (it|the cash|the card|them) from (me|my (house|home))\b`,
  ),
  /** A call the customer received (`CALLED_BY`). */
  calledBy: re(CALLED_BY),
  /** Money moved "for safety" or "to keep it safe" (the safe-account story without the words). */
  safeKeeping: re(
    String.raw`(为了|为)(资金)?安全${IN_CLAUSE}{0,10}(转|存|移|取)|(转|存|移)${IN_CLAUSE}{0,12}(保护起来|更安全|才安全)|\b(move|moving|transfer\w*|put|send|sending)\b[^.?!]{0,40}\b(for (safety|safekeeping|protection)|to keep (it|them|my money|my savings|the money) safe|to protect (it|them|my money|my savings|the money))\b`,
  ),
  /** Pressed to add money as trades are "about to be liquidated" (a fake trading platform's margin call). */
  marginPush: re(
    String.raw`爆仓|补(仓|保证金)|追加保证金|\b(add|deposit|top up|put in|send) (more|extra)( money| funds| cash)?\b[^.?!]{0,60}\b(liquidat\w*|margin|trades?|positions?)\b|\b(liquidat\w*|margin call)\b[^.?!]{0,60}\b(add|deposit|top up|put in) (more|extra)\b`,
  ),
  /** The customer's own limit to be raised ("raise my limit to 50k tonight", 提高转账额度). */
  limitRaise: re(
    String.raw`提额|(提(高|升)|调(高|大)|放开|增加)${IN_CLAUSE}{0,4}(转账|支付|每日|单笔)?(额度|限额)|\b(raise|increase|up|lift|extend)\b (my|the) (daily |transfer |card |payment |spending )?limit\b`,
  ),
  /** Someone wants the customer to install or download something. */
  installAsked: re(
    String.raw`(让|叫|要)我${IN_CLAUSE}{0,4}(下载|安装)|\b(wants?|asked|told|got|needs?) me to (install|download)\b`,
  ),
  /** Paying a bill, fee or fine with gift cards ("buy an iTunes card to pay for…"). */
  giftPay: re(
    String.raw`(买|购买)${IN_CLAUSE}{0,6}(点卡|充值卡|礼品卡|购物卡|游戏卡)${IN_CLAUSE}{0,10}(支付|交|缴)(给|了)?${IN_CLAUSE}{0,4}(费|罚|税|款|钱)|\b(gift|itunes|google play|steam|amazon|apple) ?cards?\b[^.?!]{0,30}\bto pay\b|\bpay\b[^.?!]{0,40}\b(in|with|by|using) (gift|itunes|google play|steam|amazon|apple) ?cards?\b`,
  ),
  /** New account details handed to the customer by a caller. */
  newDetails: re(
    String.raw`新(的)?(账户|账号|卡号)|\b(new|different) (account |bank )?details\b|\baccount in my name\b`,
  ),
  /** A fee paid to claim a prize ("the prize tax to claim the car I won"); 中奖…才能领 is often the bank's own draw. */
  toClaim: re(String.raw`\bto (claim|release|collect|receive|get) (it|the|my|them|your)\b`),
  /** An "officer" needing the customer's money or U-key to prove the funds are clean. */
  proveFunds: re(
    String.raw`证明${IN_CLAUSE}{0,6}(资金|钱)|资金${IN_CLAUSE}{0,4}(清白|证明|核查|审查)|\bprove (my|the|that my) (money|funds|savings)\b|\b(money|funds|savings) (is|are) (clean|legitimate|not from crime)\b`,
  ),
  /** Someone else's phone number to receive the customer's texts or codes. */
  othersPhone: re(
    String.raw`(用|换成|换绑|绑|改成)${IN_CLAUSE}{0,6}(他|她|对方|别人|帮我办事的人)的(手机)?号|(他|她|对方|别人)的(手机)?号(码)?${IN_CLAUSE}{0,4}(收|接)(短信|验证码)|\b(change|switch|update|link)\b[^.?!]{0,20}\bto (his|her|their|the agent'?s|the broker'?s|someone else'?s) (mobile |phone )?number\b`,
  ),
  /** Paying to have a bad credit record removed. */
  creditRepair: re(
    String.raw`(删除|删掉|消除|洗白|修复|铲掉)${IN_CLAUSE}{0,6}(逾期|征信|不良记录|黑名单)|(征信|逾期|不良记录)${IN_CLAUSE}{0,10}(能|可以)?(花钱)?(删除|删掉|消除|洗白|修复)|\b(remove|delete|wipe|clean|erase|clear)\b[^.?!]{0,20}\b(credit (record|history|file)|defaults?|ccjs?|missed payments?)\b[^.?!]{0,30}\b(fee|pay|for \d)`,
  ),
  /** A "manager" or "insider" product paid to a person ("内部理财", "打款给他"). */
  insiderProduct: re(
    String.raw`内部(理财|产品|渠道|名额|额度|认购|价)|\b(internal|insider|staff-only|vip-only) (product|fund|investment|allocation|bond|rate)\b`,
  ),
  /** The boss orders an urgent payment over a chat, video call or e-mail (CEO fraud). */
  bossOrder: re(
    String.raw`(视频会议|视频|微信|qq|邮件|短信|新号|钉钉)${IN_CLAUSE}{0,12}(领导|老板|总经理|董事长|总裁|老总)${IN_CLAUSE}{0,8}(让|叫|要|安排)${IN_CLAUSE}{0,8}(紧急|马上|立刻|尽快|赶紧)${IN_CLAUSE}{0,4}(付|转|打|汇)|(领导|老板|总经理|董事长|总裁|老总)${IN_CLAUSE}{0,10}(视频会议|视频|微信|qq|邮件|短信|新号|钉钉)${IN_CLAUSE}{0,12}(紧急|马上|立刻|尽快|赶紧)${IN_CLAUSE}{0,6}(付|转|打|汇)|\b(ceo|boss|director|md|managing director|finance director|owner)\b[^.?!]{0,40}\b(whatsapp|text|email|e-mail|teams|zoom|video call|new number)\b[^.?!]{0,50}\b(urgent\w*|immediately|right away|asap|today)\b[^.?!]{0,40}\b(pay|payment|transfer|wire)\b`,
  ),
  /** Told not to say what the money is for, or what to write in the reference. */
  purposeHidden: re(
    String.raw`(交代|嘱咐|叮嘱|说了|让我|叫我)${IN_CLAUSE}{0,4}(不能|不要|别)(说|讲|告诉|写|填)${IN_CLAUSE}{0,4}(用途|备注|别的|原因)?|(对方|他|她|那边)(交代|嘱咐|叮嘱)${IN_CLAUSE}{0,8}(备注|用途|不要写|别写)|\b(told|asked) me (not to|to not) (say|tell|mention|write|put)\b[^.?!]{0,30}\b(what (it'?s|it is) for|the reason|the purpose|reference)\b`,
  ),
  /** A co-op or scheme paying several times the bank's interest (illegal fundraising). */
  fundraising: re(
    String.raw`(合作社|互助会|互助社|养老项目|资金盘|私募群|集资)${IN_CLAUSE}{0,20}(高息|保本|稳赚|倍|\d+%|百分之)|利息(是|比)${IN_CLAUSE}{0,6}(几|[二三四五六七八九十两])倍|(终身|锁定)${IN_CLAUSE}{0,8}(免费入住|床位)|(床位|入住)${IN_CLAUSE}{0,10}(终身免费|锁定)`,
  ),
  /** Told to pass the bank's warnings by ("ignore any warnings on the screen", 忽略风险提示). */
  warningsIgnored: re(
    String.raw`(忽略|不用管|别管|不要管|别理|不要理|不用理)${IN_CLAUSE}{0,6}(风险)?(提示|提醒|警告|弹窗)|\b(ignore|dismiss|click (past|through)|skip)\b[^.?!]{0,12}\b(warnings?|pop-?ups?|alerts?|messages?)\b`,
  ),
  victim: re(
    String.raw`已经把(短信)?(验证码|动态码|密码).{0,6}(告诉|给|发给|报给)(了)?(别人|对方|陌生人)|被人?骗|(?<![反防])诈骗|骗子|(?<![选考])上当|骗了|\b(gave|sent|paid|transferred|shared|typed|entered|read out)\b[^.?!]{0,40}\bbefore i (realised|realized|noticed|twigged|clocked)\b|\bfake\b[^.?!]{0,25}\b(got|has|took|stole|emptied)\b[^.?!]{0,6}\bmy\b|\bscam(med|mer|mers)?\b(?! (hotline|helpline|line|number|team|department|awareness|prevention|alerts?|warnings?|protection|filters?|blocking|blocker|checker|features?|settings?|tools?|tips|education|training))|(?<!anti-|\bas |\bcard )\bfraud(ulent|ster)?\b(?! (team|department|dept|people|guys|folks|lot|hotline|helpline|line|number|squad|prevention|awareness|claims?|alerts?|case|check|checks|investigation|dispute|form|text|reference|refund|protection|monitoring|cover|guarantee))|\bdefrauded\b|\bconned\b|\btricked\b`,
  ),
  mule: re(
    String.raw`跑分|(帮|替)(人|他|她|朋友|别人|对方|老板|公司|忙)?.{0,4}走(个|一下|一笔)?账|过(个|一下)?账.{0,10}(提成|好处费|佣金|抽成)|出租.{0,4}(银行卡|卡|账户|账号|对公户|u盾|收款码)|出借.{0,4}(银行卡|账户|对公户)|收(银行)?卡.{0,10}(一张|每张|给\d|给[一二两三四五六七八九十百千]|价格|多少钱)|(一张|每张)(新|新办的|一类|二类)?(银行)?卡(给|收购|卖|出价|\d)|(u盾|网银盾|k宝|优key)${IN_CLAUSE}{0,6}(寄|借|交)(给|到)?(他|她|对方|别人|贷款|公司|中介|老板)|(u盾|网银盾|k宝)(和|跟|连同|带)?(密码)${IN_CLAUSE}{0,4}(一起)?(寄|给|交)|卖(掉)?(我的)?(银行卡|卡|账户|对公户)|((租|借)(用)?|用)(我的|你的|我|你)(身份证|银行卡|卡|账户|对公户|收款码|支付宝|微信).{0,20}(租金|好处费|提成|佣金|日结|抽成|每(个)?月给|一个月给|给我\d|给我[一二两三四五六七八九十百千几])|(收|接)(到)?(的)?(钱|款|货款|转账).{0,12}(再|就|然后|马上)?(转|打|取)(出去|给|到|出来).{0,25}(提成|佣金|日结|抽成|工资|好处费|留下|\d+%|百分之)|帮(人|别人)(刷卡|收款|走账|过账)${IN_CLAUSE}{0,10}(手续费|佣金|提成|好处费)|(刷卡|收款|走账)${IN_CLAUSE}{0,4}(收|拿|赚)(手续费|佣金|提成)|\bmoney mule\b|\bpayment (processing|transfer) (agent|job|role|assistant)\b|\bfinancial (agent|assistant) (job|role|position)\b|\b(rent|borrow|use|buy|lend|sell)\w*\b.{0,30}\b(bank )?(accounts?|cards?)\b.{0,50}\b(pay(s|ing)? me|give me|£\d|\$\d|\d+ ?(quid|bucks|dollars|pounds)|commission|a week|per week|a month|per month|cut|keep \d+)|\bpay(s|ing)? (me|you|people|students)\b.{0,30}\b(to )?(use|borrow|rent|open)\b.{0,15}\b(bank )?(accounts?|cards?)\b|\b(unused|spare|old) (bank )?accounts?\b.{0,40}\b(pay|paying|buy|buying|cash|£|\$)|\breceiv\w* (money|payments?|funds|transfers)\b.{0,60}\b(forward\w*|send (it|them) on|pass (it|them) on|move (it|them) on|buy (bitcoin|crypto|gift cards)|withdraw (it|them|the cash))`,
  ),
  payeeChange: re(
    String.raw`(供应商|供货商|厂家|厂商|合作方|客户|房东|中介|装修|工头|施工方|物业|公司|老板|卖家|对方|律师).{0,20}(换了|更换|变更|改了|换成|新的|新开的|另一个|另外一个|另一张|别的|换卡|改(打|转|付|汇)到).{0,8}(收款)?(账户|账号|卡号|银行卡|卡|户头|对公户)|(供应商|供货商|厂家|厂商|合作方|房东|中介|物业|卖家|律师)[^。！？]{0,20}(换卡|换了(一张|张)?卡|转到另一张|改(打|转|付|汇)到)|(账户|账号|卡号|收款账户|对公账户).{0,4}(变更|更换|换了|改了|作废|停用|不能用|用不了).{0,20}(打款|付款|转|汇|货款|房租|尾款|定金|首付)|\b(supplier|vendor|landlord|builder|contractor|solicitor|lawyer|conveyancer|letting agent|agency|company|firm|invoice|ceo|boss|director|seller|roofer|plumber)\b.{0,60}\b(changed|new|updated|different|switched|change of)\b.{0,20}\b(bank details|bank account|account details|account number|sort code|payment details|banks|account)\b|\b(bank|account|payment) details (have |has )?(changed|been updated)\b`,
  ),
  payment: re(
    String.raw`打到|付到|付款|打款|货款|结款|尾款|房租|租金|定金|押金|首付|转|汇|\bpay\w*\b|\btransfer\w*\b|\bwire\b|\bsend\b|\binvoice\b|\bdeposit\b|\brent\b`,
  ),
  verified: re(
    String.raw`当面|打电话(确认|核实|问)过|\b(i )?confirmed (it was|that it was|the payment was) (me|mine|genuine)\b|(打电话|当面)?(问|确认|核实)(了)?(他|她)本人|核实过|确认过|已经核实|\b(confirmed|verified|checked)\b.{0,30}\b(with|by (calling|phoning|ringing)|in person|face to face)\b|\bi('ve| have)? (rang|called|phoned|checked with|confirmed with|verified with)\b|\bthey confirmed\b|\bface to face\b|(?<!\bmet (him|her|them)? ?)\bin person\b`,
  ),
  recovery: re(
    String.raw`(追回|挽回|要回|找回|拿回|追款|追损|追讨|退回|把钱(弄|要|拿|追)回).{0,20}(被骗|损失|的钱|资金|款|亏的|赔的)|(被骗|损失|亏的|赔的).{0,12}(追回|挽回|要回|找回|拿回)|\b(recover\w*|get back|retrieve|reclaim|recoup|trace and return)\b.{0,40}\b(lost|stolen|scam\w*|money|funds|losses|crypto|investment)\b|\b(money|funds|losses|crypto) back\b.{0,40}\b(for a fee|fee|upfront|pay him|pay them)|\b(asset|fund|funds|crypto|scam) recovery\b`,
  ),
  fee: re(
    String.raw`费|保证金|押金|佣金|提成|先交|先付|先转|先打|交钱|交了|付了|转了|百分之|\d+%|\bfee\b|\bfees\b|\bupfront\b|\bcommission\b|\bcharge\b|\bpay (him|them|her|a|first)\b|\bpaid\b|\bsent\b|\bdeposit\b|\bwants? (another|more|\$|£)`,
  ),
  giftCode: re(
    String.raw`卡密.{0,8}(发|拍|给|告诉|报)|(发|拍|给|告诉|报).{0,6}卡密|(买|购买|充值).{0,8}(礼品卡|购物卡|充值卡|点卡|京东e卡|苹果卡|itunes卡|游戏卡).{0,20}(发给|拍给|给他|给她|给对方|卡号)|\b(buy|bought|get|purchase|pick up)\b.{0,30}\bgift ?cards?\b.{0,60}\b(send|text|read|photo|picture|codes?|numbers|scratch)\b`,
  ),
  giftBuy: re(
    String.raw`(买|购买|充值).{0,6}(礼品卡|购物卡|充值卡|点卡|京东卡|京东e卡|苹果卡|游戏卡|超市卡)|\bbuy (an? |some |\d+ )?(itunes|google play|steam|amazon|apple|walmart|target|ebay|gift) (gift )?cards?\b`,
  ),
  notActed: NOT_ACTED,
  /** The customer (or whoever was approached) turned it down and did not go along after all. */
  turnedDown: {
    test: (lower: string): boolean => NOT_ACTED.test(lower) && !VICTIM_CONTEXT_CUES.actedAnyway.test(lower),
  },
  ownErrand: re(
    // …or the customer's own loan to a friend, asked about as a transfer ("朋友结婚急用钱，我借他两万，转账的时候要不要备注
    // 借款", "my friend needs cash for his wedding, I'm lending him 2k, should I put 'loan' as the reference?").
    String.raw`(我|^|[，,。\s])(要|想|准备|打算|得)(给|帮)(她|他|我(妈|爸|儿子|女儿|老公|老婆|哥|姐|弟|妹))(转|汇|打|交)|^(?!.*(qq|微信|短信|消息|私信|语音|视频|发来|网上|\bwhatsapp\b|\bwechat\b|\btext(ed|s)?\b|\bmessage[sd]?\b|\bdm\b|\bonline\b)).*?((?<!(让|叫|要|求|请|喊|催|逼))我(要|想|准备|打算|就|先)?借(给)?(他|她)(\d|[一两二三四五六七八九十几百千万])[^。！？]{0,24}(备注|附言|借条|借款协议)|\bi'?m (lending|loaning) (him|her|them)\b[^.?!]{0,40}\b(reference|memo|note|iou|loan agreement)\b)`,
  ),
  crypto: re(
    String.raw`usdt|泰达币|炒u|虚拟币|数字货币|比特币|以太坊|币圈|\bbitcoin\b|\bbtc\b|\busdt\b|\bcrypto(currency)?\b|\bethereum\b`,
  ),
  pushedBy: re(
    String.raw`(他|她|对方|老师|导师|网友|朋友|群里|群主|有人|那人|男朋友|女朋友)${IN_CLAUSE}{0,8}(让我|叫我|要我|带我|教我|拉我|喊我)|\b(told|asked|wants?|got|had|walking|walked|talked|convinced|pushed|persuaded)\b ?(me|him|her|my \w+)\b.{0,20}\b(to|into|through)\b`,
  ),
  tollLink: re(
    String.raw`etc.{0,12}(失效|过期|停用|禁用|认证|异常|注销|年检|升级|欠费).{0,30}(链接|网址|点开|点进|填)|(链接|短信).{0,20}etc.{0,12}(失效|过期|停用|禁用|认证|异常|注销)|\b(toll|e-?zpass|fastrak|sunpass|road ?tax|congestion charge)\b.{0,40}\b(unpaid|overdue|outstanding|suspended|penalty)\b.{0,40}\b(link|clicked|paid)\b`,
  ),
  gameTrade: re(
    String.raw`(收|买|卖|出售|交易).{0,6}(我的)?(游戏)?(账号|装备|皮肤|金币).{0,40}(保证金|解冻|充值|激活|验证|交(个)?费|手续费|先转|先付)|\b(buy|sell|selling|trade|trading)\b.{0,20}\b(my )?(game|gaming|fortnite|roblox|minecraft|steam|csgo|skins?|in-game)\b.{0,40}\b(account|items?|skins?)\b.{0,60}\b(pay|deposit|verify|verification|fee|escrow|unfreeze|unlock)\b`,
  ),
  agencyCall: re(
    String.raw`(医保局|医保中心|社保局|社保中心|人社局|税务局|卫健委|人社部|医保部门|社保部门).{0,30}(冻结|停用|停保|停发|盗用|违规|异常|暂停|注销|转接|涉嫌|取消资格)|\b(medicare|social security|hmrc|irs|dwp|pension service|medicaid)\b.{0,60}\b(suspended|frozen|compromised|stopped|will stop|cancelled|crime|arrest|warrant|owe|back taxes)\b`,
  ),
  coached: re(
    String.raw`(银行|柜员|柜台|工作人员|大堂经理|网点)(的人)?(要是|如果)?(问|问起|问你|问我)(起来)?.{0,6}(就|你就|我就)说|别(跟|和|对|让)(银行|柜员|工作人员|柜台)(的人)?(说|知道)|(不要|别)(跟人)?说实话|(到|去|在)(了)?(银行|柜台|网点)${IN_CLAUSE}{0,8}(别|不要|不能|不许)说(是)?(给|转给|借给)(他|她|对方)|\bif (the )?(bank|staff|teller|cashier|branch)\b.{0,10}\basks?\b|\btell (the bank|the teller|staff)\b.{0,20}\b(it'?s|it is|its) for\b|\bso (the )?(staff|bank|branch|teller) (doesn'?t|don'?t|won'?t|can'?t) (stop|block|ask)\b|\bdon'?t (tell|let) (the bank|the teller|staff|the branch)\b`,
  ),
  /** The customer read it in their own online tax, pension or benefits account, not from a caller. */
  /** A public body's letter received by post, asked about (official_letter_by_post_asked_about.ts). */
  officialLetterByPost: { test: isOfficialLetterByPostAskedAbout },
  ownPortal: re(
    String.raw`\bmy (own )?(\w+ ){0,2}(online |personal |tax |digital )?(account|portal|app|dashboard|login)\b[^.?!]{0,10}\b(says|shows|said|showed|states)\b|\b(logged (in|on|into)|signed (in|into)|checked)\b[^.?!]{0,20}\b(hmrc|irs|gov\.uk|social security|pension|tax)\b|我(自己)?(登录|登|查|打开)(了)?${IN_CLAUSE}{0,4}(个税|社保|医保|税务|公积金)(app|官网|网站|小程序|账户)`,
  ),
  /** The customer asks what the bank itself offers ("你们有没有保本的理财", "do you have any products with…"). */
  bankProductQuestion: re(
    String.raw`\b(do|does|can|could) (you|the bank|your bank) (have|offer|sell|do|recommend)\b[^.?!]{0,40}\b(products?|accounts?|deposits?|bonds?|funds?|savings|isas?|plans?)\b|\b(any|your) (investment|savings|deposit|wealth) (products?|accounts?|options)\b|(你们|贵行|银行)(这边|这里)?(有|有没有|有什么|有哪些|卖|推荐)${IN_CLAUSE}{0,12}(产品|理财|存款|基金|国债)`,
  ),
  /**
   * A promise the bank itself made about its own product, now a loss the customer complains of ("理财产品亏了，
   * 你们当初说稳赚的", "your advisor said the fund was risk-free"): mis-selling, a complaint for a person, not
   * an investment scam (no scam warning, no transfer held). Never with a "teacher", a group or a platform.
   */
  bankMisSelling: re(
    String.raw`(你们|贵行|理财经理|客户经理|柜员|大堂经理|银行的?(人|员工|工作人员|经理))(当初|之前|以前|那时候?|当时)?${IN_CLAUSE}{0,6}(说|承诺|保证|讲|推荐|推销|忽悠|卖给我|介绍)|在你们(这|这里|银行|网点|行)?(买|购买|办)的|你们(卖|推荐|推销|发行)的|(销售|理财经理|客户经理)(人员)?误导|\byour (advis[eo]rs?|staff|banker|relationship manager|financial planner|wealth manager|branch|bank|colleague|employee)\b[^.?!]{0,20}\b(said|told|promised|sold|recommended|assured|claimed)\b|\b(sold|bought|purchased)\b[^.?!]{0,30}\b(at|from|through|in) (your|the) (bank|branch)\b|\bmis-?sold\b|\bmis-?selling\b|\bthe (advis[eo]r|banker|relationship manager|wealth manager|financial planner)\b[^.?!]{0,60}\b(lost|losing|down)\b[^.?!]{0,40}\b(complain\w*|misled|refund|compensat\w*)\b`,
  ),
  prevention: re(
    // …or telling the bank's own messages from a scammer's (你们发的跟骗子发的分不清, "how do I tell yours apart").
    String.raw`防范|预防|防止|避免|识别|如何防|怎么防|怎样防|(怎么|如何|咋|怎样|有没有办法)${IN_CLAUSE}{0,6}(区分|分辨|分清|辨别)|(你们|银行|官方)${IN_CLAUSE}{0,10}(跟|和|与)${IN_CLAUSE}{0,10}(骗子|诈骗|假)${IN_CLAUSE}{0,10}(分不清|区分不了|分辨不了|分不出)|\bhow (do|can|would|should|am) (i|we|you|one|people)\b[^.?!]{0,14}\btell\b[^.?!]{0,30}\b(apart|from|between|is real|is genuine|is yours|is fake)\b|\bavoid\b|\bprevent(ion)?\b|\bin case\b|以防|以免|免得|(?<!\b(?:buyer|purchase|motors|marketplace|seller|ebay|paypal|amazon|gumtree|craigslist|autotrader|etsy|vinted|depop) )\bprotect(ion|ed)?\b|\brecogni[sz]e\b|\bspot\b|\btips\b`,
  ),
  ...RED_FLAG_CUES,
  ...VICTIM_CONTEXT_CUES,
  ...SCAM_WORRY_CUES,
  ...SCAM_STEP_CUES,
  ...OWN_NEW_PHONE_CUES,
  ...OWN_NEW_PHONE_PAUSE_CUES,
  ...OWN_OLD_SCAM_CUES,
  ...BANK_ROUTINE_CUES,
  ...OWN_WITHDRAWAL_FEE_CUES,
  ...SAY_SO_CUES,
  ...BANK_CHECK_CONFIRMED_CUES,
  ...POLICE_INQUIRY_CUES,
  ...FAMILY_REMOTE_HELP_CUES,
  ...OFFICIAL_FEE_CUES,
  ...CHARITY_CUES,
  ...LOAN_UNASKED_CUES,
  ...HEALTH_TALK_CUES,
  ...FLAGGED_PAYEE_CUES,
  ...STRANGER_INHERITANCE_CUES,
  ...APP_FROM_A_MESSAGE_CUES,
  ...OWN_COURT_FEE_CUES,
  ...EMPLOYERS_PAYROLL_OVERPAYMENT_CUES,
  ...POLICE_CASH_CHECK_CUES,
  ...LEGAL_MATTER_CUES,
  ...RELATIVES_AFFAIRS_CUES,
  ...PAYEE_DETAILS_CHANGED_CUES,
  ...ONLINE_TRADING_TEACHER_CUES,
  ...RELATIVE_IN_TROUBLE_CUES,
  ...ACCOUNT_CHANGED_CUES,
  ...REMOTE_HELPER_REFUND_CUES,
  ...RENTAL_HOLD_CUES,
  ...PAGE_LOGIN_CUES,
  ...RENEWAL_INVOICE_CUES,
  ...NEW_NUMBER_BILL_CUES,
  ...JOB_ABROAD_FEE_CUES,
  ...GIFT_CARD_DEMAND_CUES,
  ...CALLER_AT_THE_MACHINE_CUES,
  ...CHAT_BOSS_CUES,
  ...CODE_TO_STAFF_CUES,
  ...LOAN_CREDIT_OUT_CUES,
  ...MARKETPLACE_TRANSFER_CUES,
  ...HOSPITAL_STAFF_ACCOUNT_CUES,
  ...HOSPITALS_OWN_CHANNEL_CUES,
  ...REFUND_OWED_CUES,
  ...FEW_WORDS_STEP_CUES,
  ...FEE_TO_UNFREEZE_CUES,
  ...SCREEN_SHARE_NEXT_TAP_CUES,
  ...CARD_FOR_A_COMPANY_CUES,
  ...TEMPORARY_ACCOUNT_CUT_OFF_CUES,
  ...CODE_FOR_A_REFUND_CUES,
  ...CARD_TO_A_COURIER_CUES,
  ...CRYPTO_DEMAND_CUES,
} as const;

export type CueName = keyof typeof CUES;

/** A rule fires when all its cues match (and none of its `unless` cues); `weight` is its confidence. */
export interface CueRule<C extends string> {
  scheme: FraudScheme;
  all: C[];
  unless?: C[];
  weight: number;
}

export type FraudRule = CueRule<CueName>;

export const FRAUD_RULES: FraudRule[] = [
  // Not a home purchase's escrow (开发商的资金监管账户, 二手房资金监管), with nobody from the authorities in it.
  { scheme: 'safe_account', all: ['safeAccount'], unless: ['propertyEscrow'], weight: 0.9 },
  // An authority counts when it reaches the customer (calls, says, tells them to): "can I pay a court fine
  // online" is the customer's own errand; so is a legal matter dealt with through the bank, or jury service
  // (legal_matter_through_the_bank.ts).
  // Not the bank's own anti-fraud team checking a payment the customer confirmed as theirs ("你们反诈中心打电话问我
  // 是不是本人转的，是我本人转的", bank_check_confirmed.ts).
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'moneyMove', 'pushed'],
    unless: ['bankCheckConfirmed', 'policeInquiry', 'legalMatterThroughTheBank'],
    weight: 0.8,
  },
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'moneyMove', 'phoneCall'],
    unless: ['bankCheckConfirmed', 'legalMatterThroughTheBank'],
    weight: 0.8,
  },
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'crime', 'pushed'],
    unless: ['reportFiled', 'witness', 'policeInquiry', 'legalMatterThroughTheBank'],
    weight: 0.75,
  },
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'crime', 'phoneCall'],
    unless: ['reportFiled', 'witness', 'policeInquiry', 'legalMatterThroughTheBank'],
    weight: 0.75,
  },
  { scheme: 'authority_impersonation', all: ['crime', 'moneyMove'], weight: 0.7 },
  {
    scheme: 'authority_impersonation',
    all: ['crime', 'phoneCall'],
    unless: ['witness', 'policeInquiry'],
    weight: 0.7,
  },
  {
    scheme: 'code_request',
    all: ['codeGiven', 'actor'],
    unless: ['hypothetical', 'enterInApp'],
    weight: 0.9,
  },
  { scheme: 'code_request', all: ['pinGiven', 'actor'], unless: ['hypothetical'], weight: 0.85 },
  // Not a question about the bank's own products ("do you have a savings product with a guaranteed return").
  {
    scheme: 'investment_teacher',
    all: ['investmentStrong'],
    unless: ['bankProductQuestion', 'bankMisSelling'],
    weight: 0.8,
  },
  // A "teacher" or a group promising it is an investment scam, whoever else is named.
  { scheme: 'investment_teacher', all: ['investmentStrong', 'investmentActor'], weight: 0.8 },
  {
    scheme: 'investment_teacher',
    all: ['investmentActor', 'investMoney'],
    unless: ['everydayTeacher'],
    weight: 0.65,
  },
  { scheme: 'investment_teacher', all: ['investmentPersona', 'paysSomeone'], weight: 0.75 },
  { scheme: 'refund_loan', all: ['refundAgent', 'loan', 'instructed'], weight: 0.9 },
  { scheme: 'refund_loan', all: ['refundAgent', 'loan', 'actor'], weight: 0.85 },
  { scheme: 'refund_loan', all: ['refundAgent', 'borrowLimit'], weight: 0.85 },
  { scheme: 'refund_loan', all: ['refundAgent', 'remoteAccess'], weight: 0.8 },
  { scheme: 'code_request', all: ['phishing'], weight: 0.85 },
  { scheme: 'code_request', all: ['code', 'actor', 'instructedSend'], unless: ['hypothetical'], weight: 0.8 },
  { scheme: 'advance_fee', all: ['topUp', 'moneyMove'], weight: 0.7 },
  { scheme: 'loan_cancellation', all: ['creditThreat', 'moneyMove', 'actor'], weight: 0.8 },
  { scheme: 'loan_cancellation', all: ['creditThreat', 'loan', 'actor'], weight: 0.8 },
  // Someone else brings the emergency and asks for money; "我爸住院了，我想转钱给医院" (or "…，想给他转点钱") is the
  // customer's own errand, and so are the relative's own bills paid while in hospital
  // (relatives_affairs_while_in_hospital.ts), and so is the bill paid through the hospital's own account or window
  // (hospital_bill_paid_through_the_hospitals_own_channel.ts).
  {
    scheme: 'impersonation',
    all: ['familyEmergency', 'moneyMove', 'actor'],
    unless: ['ownErrand', 'relativesAffairsWhileInHospital', 'hospitalsOwnChannel'],
    weight: 0.8,
  },
  { scheme: 'advance_fee', all: ['upfrontForLoan', 'loan'], weight: 0.8 },
  // Not the court fee of the customer's own case paid at the court (own_court_fee_paid_at_the_court.ts).
  {
    scheme: 'advance_fee',
    all: ['upfrontForLoan', 'actor'],
    unless: ['ownCourtFeeAtTheCourt'],
    weight: 0.65,
  },
  {
    scheme: 'advance_fee',
    all: ['upfrontForLoan', 'authority', 'pushed'],
    unless: ['ownCourtFeeAtTheCourt'],
    weight: 0.75,
  },
  { scheme: 'advance_fee', all: ['upfrontForLoan', 'authority', 'phoneCall'], weight: 0.75 },
  { scheme: 'refund_loan', all: ['refundAgent', 'moneyMove', 'actor'], weight: 0.6 },
  { scheme: 'loan_cancellation', all: ['loanCancel', 'loan', 'instructed'], weight: 0.85 },
  { scheme: 'loan_cancellation', all: ['loanCancel', 'loan', 'actor'], weight: 0.8 },
  { scheme: 'loan_cancellation', all: ['loanCancel', 'moneyMove', 'instructed'], weight: 0.8 },
  // Not a relative's remote help asked about for safety (family_remote_help.ts).
  { scheme: 'remote_access', all: ['remoteAccess', 'actor'], unless: ['familyRemoteHelp'], weight: 0.75 },
  // The bank's fee for the customer's own cash withdrawal ("how much fee to withdraw baht in thailand") is no
  // fee to release a platform's "profits" (own_withdrawal_fee.ts).
  {
    scheme: 'advance_fee',
    all: ['advanceFee'],
    // …nor the customer's own scam long past, its records wanted for the police (own_old_scam_records.ts).
    unless: ['notActed', 'bankFee', 'ownWithdrawalFee', 'ownOldScamRecords'],
    weight: 0.7,
  },
  { scheme: 'advance_fee', all: ['prizeFee', 'pushed'], unless: ['notActed'], weight: 0.7 },
  { scheme: 'impersonation', all: ['impersonation', 'moneyMove'], weight: 0.7 },
  { scheme: 'impersonation', all: ['impersonation', 'code'], weight: 0.8 },
  { scheme: 'impersonation', all: ['impersonation', 'loan'], weight: 0.75 },
  // Secrecy imposed by someone else; the customer's own ("don't tell her, it's a surprise") is no flag.
  { scheme: 'impersonation', all: ['secrecy', 'moneyMove', 'pushed'], weight: 0.7 },
  { scheme: 'money_mule', all: ['mule'], weight: 0.8 },
  // A supplier or landlord "changed bank account" by message; not when the customer verified it in person.
  { scheme: 'payee_change', all: ['payeeChange', 'payment'], unless: ['verified'], weight: 0.75 },
  { scheme: 'recovery_scam', all: ['recovery', 'fee', 'actor'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['giftCode'], weight: 0.75 },
  { scheme: 'investment_teacher', all: ['crypto', 'pushedBy'], weight: 0.7 },
  { scheme: 'code_request', all: ['tollLink'], unless: ['notActed'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['giftBuy', 'pushedBy'], weight: 0.7 },
  { scheme: 'advance_fee', all: ['gameTrade'], weight: 0.7 },
  // Not what the customer read in their own tax or benefits account ("my HMRC account says I owe…").
  // …nor a public body's letter received by post, asked about (official_letter_by_post_asked_about.ts).
  {
    scheme: 'authority_impersonation',
    all: ['agencyCall'],
    unless: ['ownPortal', 'officialLetterByPost'],
    weight: 0.7,
  },
  // The bank's "fraud team", "head office" or an "inspector" on the phone or at the door asking for money,
  // cash or a code; not the bank's own check of the customer's payment.
  ...(
    [
      ['phoneCall', 'moneyMove'],
      ['phoneCall', 'code'],
      ['homeVisit', 'cashOut'],
      ['homeVisit', 'moneyMove'],
      ['homeVisit', 'code'],
      ['instructed', 'moneyMove'],
      ['instructed', 'code'],
    ] as const
  ).map(([contact, ask]): FraudRule => ({
    scheme: 'impersonation',
    all: ['bankStaffClaim', contact, ask],
    unless: ['ownVerification', 'notActed', 'verified', 'hypothetical', 'bankCheckConfirmed'],
    weight: 0.75,
  })),
  {
    scheme: 'safe_account',
    all: ['safeKeeping', 'pushed'],
    unless: ['hypothetical', 'notActed'],
    weight: 0.8,
  },
  { scheme: 'safe_account', all: ['bankStaffClaim', 'newDetails'], weight: 0.75 },
  // Card details asked for on a call about a refund, rebate or prize.
  {
    scheme: 'code_request',
    all: ['cardDetails', 'calledBy', 'windfall'],
    unless: ['notActed'],
    weight: 0.75,
  },
  { scheme: 'investment_teacher', all: ['marginPush', 'pushed'], weight: 0.75 },
  { scheme: 'investment_teacher', all: ['investmentActor', 'limitRaise'], weight: 0.7 },
  { scheme: 'remote_access', all: ['installAsked', 'refundAgent'], weight: 0.75 },
  { scheme: 'remote_access', all: ['installAsked', 'calledBy'], unless: ['notActed'], weight: 0.7 },
  { scheme: 'advance_fee', all: ['giftPay'], weight: 0.8 },
  {
    scheme: 'advance_fee',
    all: ['prizeFee', 'toClaim', 'windfallGift'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'proveFunds'],
    unless: ['hypothetical'],
    weight: 0.8,
  },
  { scheme: 'code_request', all: ['othersPhone'], unless: ['hypothetical'], weight: 0.8 },
  { scheme: 'advance_fee', all: ['creditRepair', 'pushed', 'payment'], weight: 0.75 },
  { scheme: 'investment_teacher', all: ['insiderProduct', 'moneyMove'], weight: 0.75 },
  { scheme: 'impersonation', all: ['bossOrder'], unless: ['verified'], weight: 0.75 },
  { scheme: 'impersonation', all: ['purposeHidden', 'cashOut'], weight: 0.75 },
  { scheme: 'investment_teacher', all: ['fundraising', 'moneyMove'], weight: 0.7 },
  { scheme: 'investment_teacher', all: ['fundraising', 'cashOut'], weight: 0.7 },
  // Screen sharing for "the bank": the bank never asks for it.
  { scheme: 'remote_access', all: ['remoteAccess', 'bankStaffClaim'], unless: ['hypothetical'], weight: 0.8 },
  // An "officer" telling the customer to keep it from the bank and take money out.
  { scheme: 'authority_impersonation', all: ['authority', 'secretive', 'cashOut'], weight: 0.75 },
  // Told to click past the bank's warnings while paying.
  {
    scheme: 'impersonation',
    all: ['warningsIgnored', 'pushed', 'cashOut'],
    unless: ['hypothetical'],
    weight: 0.8,
  },
  // Someone coaches the customer what to tell the bank about a payment.
  { scheme: 'impersonation', all: ['coached'], weight: 0.75 },
  // A scam told as happening now; not one already reported to the police, long past or settled, someone
  // else's, heard about (the news, a show, a talk), nearly fallen for, said not to be theirs, or supposed.
  // Card fraud (盗刷, "a fraud alert / claim") is the card flows' business, not a scam story: those words are
  // not `victim` cues.
  {
    scheme: 'victim_report',
    all: ['victim'],
    unless: [
      'prevention',
      'reportFiled',
      'pastVictim',
      'turnedDown',
      'scamContact',
      'heardAbout',
      'nearMiss',
      'notTheirScam',
      'hypothetical',
      'scamWorry',
      'witness',
      // The real police's inquiry helped in person (police_inquiry_in_person.ts).
      'policeInquiry',
    ],
    weight: 0.8,
  },
  // General red flags (red_flags.ts), each combined with money, a code or someone pushing the customer.
  { scheme: 'impersonation', all: ['secretive', 'cashOut', 'pushed'], weight: 0.75 },
  { scheme: 'authority_impersonation', all: ['threat', 'ultimatum', 'cashOut', 'pushed'], weight: 0.75 },
  { scheme: 'authority_impersonation', all: ['threat', 'secretive', 'pushed'], weight: 0.75 },
  { scheme: 'authority_impersonation', all: ['threat', 'payOrElse', 'pushed'], weight: 0.75 },
  { scheme: 'impersonation', all: ['secretive', 'phoneCall', 'pushed'], weight: 0.7 },
  { scheme: 'authority_impersonation', all: ['secretive', 'authority', 'pushed'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['payToUnlock', 'pushed'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['payToUnlock', 'obliged'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['upfrontFee', 'windfall', 'pushed'], unless: ['bankFee'], weight: 0.7 },
  { scheme: 'advance_fee', all: ['upfrontFee', 'windfallGift', 'obliged'], weight: 0.7 },
  { scheme: 'advance_fee', all: ['upfrontFee', 'windfallGift', 'pushed'], weight: 0.7 },
  {
    scheme: 'payee_change',
    all: ['businessParty', 'intoPersonal', 'pushed'],
    unless: ['verified'],
    weight: 0.75,
  },
  { scheme: 'payee_change', all: ['intoPersonal', 'loan'], unless: ['verified'], weight: 0.7 },
  {
    scheme: 'payee_change',
    all: ['businessParty', 'newAccountDetails', 'payment', 'pushed'],
    unless: ['verified'],
    weight: 0.7,
  },
  {
    scheme: 'payee_change',
    all: ['businessParty', 'auditReason', 'moneyWord', 'pushed'],
    unless: ['verified'],
    weight: 0.7,
  },
  // Not the customer's own new phone, where the bank's app asks for its code (own_new_phone.ts).
  {
    scheme: 'impersonation',
    all: ['newNumber', 'askedFor'],
    unless: ['verified', 'ownNewPhone'],
    weight: 0.75,
  },
  { scheme: 'impersonation', all: ['newNumber', 'lostPhone', 'pushed'], unless: ['verified'], weight: 0.7 },
  {
    scheme: 'code_request',
    all: ['smsDigitsAsk', 'smsAsker'],
    unless: ['hypothetical', 'enterInApp'],
    weight: 0.85,
  },
  { scheme: 'investment_teacher', all: ['unrealisticReturns', 'moneyWord'], weight: 0.75 },
  { scheme: 'investment_teacher', all: ['unrealisticReturns', 'pushed'], weight: 0.75 },
  { scheme: 'romance_scam', all: ['onlinePartner', 'moneyWord', 'pushed'], weight: 0.75 },
  { scheme: 'romance_scam', all: ['onlinePartner', 'moneyWord', 'askedFor'], weight: 0.75 },
  { scheme: 'romance_scam', all: ['onlinePartner', 'unrealisticReturns'], weight: 0.8 },
  { scheme: 'money_mule', all: ['accountForPay'], weight: 0.8 },
  { scheme: 'safe_account', all: ['protectMove', 'pushed'], weight: 0.75 },
  { scheme: 'remote_access', all: ['remoteAccess', 'pushed'], weight: 0.75 },
  { scheme: 'code_request', all: ['simLost', 'accountAlert'], unless: ['codeWorry'], weight: 0.75 },
  { scheme: 'advance_fee', all: ['offPlatform', 'payment'], weight: 0.65 },
  { scheme: 'impersonation', all: ['cardHandover'], unless: ['hypothetical'], weight: 0.75 },
  // Someone else presses the customer to pay at once: the common core of most scams.
  {
    scheme: 'impersonation',
    all: ['rushed', 'cashOut', 'pushed'],
    unless: ['verified', 'ownErrand'],
    weight: 0.65,
  },
  // Not the customer's own employer's payroll mistake paid back to the company (employers_payroll_overpayment.ts),
  // nor a landlord's or a gym's refund of what the customer has left (refund_owed_by_ones_landlord_or_provider.ts).
  {
    scheme: 'advance_fee',
    all: ['overpaid', 'pushed'],
    unless: ['employersPayrollOverpaid', 'refundOwedByOnesProvider'],
    weight: 0.7,
  },
  // A deposit or rent for a place (or an item) never seen, the keys to come by post.
  { scheme: 'advance_fee', all: ['unseenDeal', 'upfrontRent'], unless: ['verified'], weight: 0.7 },
  // A "receive payment" link that asks the seller for card details or a code.
  { scheme: 'code_request', all: ['receiveLink', 'cardDetails'], weight: 0.8 },
  // Practical asks on someone else's say-so (on_someones_say_so.ts).
  ...SAY_SO_RULES,
  // A scam's own step asked about as banking (scam_steps_asked_as_banking.ts).
  ...SCAM_STEP_RULES,
  // An official fee paid into an account that is not the body's own (official_fee_to_an_unofficial_account.ts).
  ...OFFICIAL_FEE_RULES,
  // Scams of less common kinds told as ordinary banking: a charity appeal paid into a collector's own account, a
  // loan paid out unasked then chased, a health talk selling to older people, the bank's flag on a payee to be
  // forced past, an inheritance from a stranger with a fee to release it (one file each).
  ...CHARITY_RULES,
  ...LOAN_UNASKED_RULES,
  ...HEALTH_TALK_RULES,
  ...FLAGGED_PAYEE_RULES,
  ...STRANGER_INHERITANCE_RULES,
  // A file or an app from a stranger's message, then the phone doing what the customer did not (app_installed_from_a_message.ts).
  ...APP_FROM_A_MESSAGE_RULES,
  // Cash taken out for an "officer" to inspect, or to help investigate the bank's staff (cash_for_the_police_to_inspect.ts).
  ...POLICE_CASH_CHECK_RULES,
  // A known payee's details changed by message, an online contact teaching trading, money for a relative in trouble.
  ...PAYEE_DETAILS_CHANGED_RULES,
  ...ONLINE_TRADING_TEACHER_RULES,
  ...RELATIVE_IN_TROUBLE_RULES,
  // A SIM swap told in passing, a refund "overpaid" by a remote helper, a deposit to hold a rental found online.
  ...ACCOUNT_CHANGED_RULES,
  ...REMOTE_HELPER_REFUND_RULES,
  ...RENTAL_HOLD_RULES,
  // The bank's login asked for by a page from a QR code or a link; a renewal invoice "pay today or lose it" from a
  // firm the customer never used (banking_login_asked_by_a_page_from_a_qr_code_or_link.ts,
  // renewal_invoice_with_a_deadline_from_an_unknown_firm.ts).
  ...PAGE_LOGIN_RULES,
  ...RENEWAL_INVOICE_RULES,
  // A relative on a new number asking for a bill paid as a favour, a hospital's bill into a staff member's own account.
  ...NEW_NUMBER_BILL_RULES,
  // A job abroad's visa or work permit paid to the agency that offers it (fee_for_a_job_abroad_asked_by_an_agency.ts).
  ...JOB_ABROAD_FEE_RULES,
  // dec46: a public body paid in gift cards, a cash machine worked on a caller's say-so, a boss on a chat app asking for a
  // payment, a code given to the bank's "staff", a loan "cancelled" by moving its credit out,
  // a marketplace's "protection" paid by bank transfer.
  ...GIFT_CARD_DEMAND_RULES,
  ...CALLER_AT_THE_MACHINE_RULES,
  ...CHAT_BOSS_RULES,
  ...CODE_TO_STAFF_RULES,
  ...LOAN_CREDIT_OUT_RULES,
  ...MARKETPLACE_TRANSFER_RULES,
  ...HOSPITAL_STAFF_ACCOUNT_RULES,
  // dec49: a scam's next step told in very few words (scam_steps_told_in_few_words.ts).
  ...FEW_WORDS_STEP_RULES,
  // dec50: a fee to unfreeze money, the screen shared and the next tap asked, a card taking a company's payments, a
  // bill paid into a temporary account before a cut-off, a code to read out for a refund, the old card handed to a
  // courier, a public body paid in crypto (one file each).
  ...FEE_TO_UNFREEZE_RULES,
  ...SCREEN_SHARE_NEXT_TAP_RULES,
  ...CARD_FOR_A_COMPANY_RULES,
  ...TEMPORARY_ACCOUNT_CUT_OFF_RULES,
  ...CODE_FOR_A_REFUND_RULES,
  ...CARD_TO_A_COURIER_RULES,
  ...CRYPTO_DEMAND_RULES,
];
