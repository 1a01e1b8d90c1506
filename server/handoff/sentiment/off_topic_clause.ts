/**
 * A clause about something that is not the bank: the weather, traffic, the neighbours, a match, a shop or an
 * online seller that will not refund ("The Apple Store overcharged me"), the customer's own day
 * ("今天这天气太糟糕了，你们网点还开门吗", "Weather is terrible today, is the branch open?").
 * Its anger words describe that subject, not the bank, so they weigh little. A clause that also names the bank,
 * its staff, channels or the customer's money is never off topic ("下雨天跑过来你们又关门了", "traffic was awful
 * and then your app crashed").
 */

import { clausesOf } from './clauses.ts';
import { CLIENT_WAIT, isDifficultClientClause } from './difficult_client.ts';
import { isFamilyNagging } from './family_nagging.ts';
import { withoutWaitForSomeoneElse } from './wait_for_someone_else.ts';
import { isAboutCouncilOrRoadworks } from './council_and_roadworks.ts';
import { isAboutAGovernmentOffice } from './government_office.ts';
import { withoutErrandToHurryTo } from './errand_to_hurry_to.ts';
import { BAD_DAY_AT_HOME_OR_WORK } from './bad_day_at_home_or_work.ts';
import { isAnotherCompanysCharge } from './another_companys_charge.ts';
import { isStrandedOnTheWay, PUBLIC_TRANSPORT } from './stranded_on_public_transport.ts';
import { isAboutTheCostOfLiving } from './cost_of_living.ts';
import { isAboutAnotherCompanysService, withoutAnotherCompanysName } from './another_companys_service.ts';
import { paysInOwnTakings } from './own_takings_paid_in.ts';
import { RAN_OFF, SUED_THEM } from './firm_that_ran_off_with_a_prepayment.ts';
import { withoutQueueOrWaitAtAnotherPlace } from './queue_or_wait_at_another_place.ts';
import { goesOnAboutTheVentsSubject, isPayDockedByAnAmount } from './a_vent_going_on_about_its_subject.ts';

/**
 * Subjects with nothing to do with the bank. 路上 is the road, not a card or a parcel said to be in transit
 * ("问了几次都说在路上，到底在哪条路上啊"). A van or a scooter that broke down is a gig worker's or a tradesman's bad
 * day ("货车半路抛锚了 一天白跑", "van broke down and I lost two jobs"). A school's parents' group (家长群, "the parents
 * group chat") and laundry that will not dry are home life too.
 */
const OFF_TOPIC =
  /天气|下雨|暴雨|大雨|下雪|台风|雾霾|高温|太热|太冷|堵车|交通|(?<!(说|显示|说是|写着|一直|还是)(还)?(在|已经在)|哪条)路上|地铁|公交|高架|打车|司机|楼上|邻居|装修|物业|小区|电梯|爬楼|爬[一二三四五六七八九十\d]+楼|球赛|比赛|考试|高考|志愿|感冒|发烧|医院|邮局|药店|药房|诊所|挂号|国足|湖人|球队|停电|停水|雨伞|面试|雨大|淋雨|外卖|快递|菜市场|超市|商场|京东|拼多多|天猫|闲鱼|某宝|某东|某多多|某猫|某团|某音|某鱼|某书|某程|专卖店|4s店|收银员|房东|包工头|孩子|熊孩子|婆婆|公公|丈母娘|老板|领导|同事|学校|班主任|家长群|班级群|家委会|晾衣服|衣服晒|宝宝|娃|股市|大盘|炒股|裁员|被裁|失业|酒店|携程|航班|机场|商家|卖家|店家|网店|网购|淘宝店|客服小二|餐厅|饭店|饭馆|服务员|上错菜|前夫|前妻|抚养费|护工|家政|保姆|重症监护|住院|地震|洪水|游戏|网游|手游|(?<!熊)猫(?!眼)|猫咪|主子|狗子|家狗|我家狗|作业|驾考|科目[一二三四]|(车|车子|货车|面包车|三轮|电动车|电瓶车|摩托车?)[^，。！？,.!?]{0,4}(坏了|抛锚|趴窝|没电了|打不着火)|爆胎|\b(day|week|shift|month) at work\b|\b(weather|homework|maths|driving test|driving lessons?|theory test|my (cat|dog|puppy|kitten)|the (cat|dog|puppy|kitten)|grab driver|the driver|that driver|my driver|this game|video games?|rain|raining|pouring|bucketing|umbrella|(job )?interview|storm|snow|typhoon|heatwave|traffic|commute|trains?|bus|neighbou?rs?|the match|the game|my team|football|exams?|flu|landlord|accountant|kids|half term|the pub|takeaway|courier|parcel|my boss|boss|my manager at work|pharmacy|pharmacist|chemist|post office|clinic|in-laws?|mother-in-law|hospital|gp|dentist|school|(the )?(parents'?|class|school) (group|group chat|chat|whatsapp)|the pta|laundry|the washing|uber|taxi|cab|airline|flight|supermarket|power cut|wifi|broadband|baby|babies|toddler|newborn|teething|stock market|stock markets|the markets?|my shares|crypto prices|laid off|made redundant|hotel|airport|amazon|ebay|etsy|walmart|costco|ikea|argos|currys|aliexpress|temu|shein|shopee|lazada|flipkart|the seller|carer|care agency|hurricane|earthquake|broke down|broken down|breakdown|flat (tyre|tire)|puncture|flood(ed|ing)?|freezer|fridge|ex-husband|ex-wife|my ex|child support|child maintenance|icu|intensive care|the retailer|the shop|the store|deli|caf[eé]|coffee shop|restaurant|bakery|takeaway place|chippy|gym|hairdresser|barber|dry cleaners?|mechanic|garage|online shop|online store|[a-z]{3,} (store|shop|outlet|boutique))\b/;
/**
 * The customer says the anger is not about the bank ("跟你们没关系", "not bank problem", "anyway, that's another
 * story"): everything before it is off topic, even words that name money ("平台扣我50块超时罚款真是无语").
 */
const NOT_ABOUT_YOU =
  /跟你们没关系|和你们没关系|不关你们的事|不是你们的问题|不怪你们|\bnot (a |the )?bank('?s)? (problem|fault)\b|\bnot your (fault|problem)\b|\bnothing to do with (you|the bank)\b|\bthat'?s another story\b|\bnot (with|at) you\b/;
/**
 * The customer leaves the vent and turns to the errand ("快被婆婆烦死了 算了说正事", "外卖洒了一地，不说了",
 * "rant over, can you check my balance", 就是吐槽一下, 顺便问下, "on another note"): the clauses before it that do not
 * name the bank are off topic.
 */
const TOPIC_SHIFT =
  /不说了|不提了|不扯了|说正事|言归正传|就(是)?吐槽一下|吐槽一下而已|顺便问(一)?下|顺带问(一)?下|\brant over\b|\bsorry for the rant\b|\bon (a|another) (different |separate |side )?note\b|\benough of that\b|\bbut anyway\b|^[^,.!?]*[,.!?]\s*anyway(s)?\b|[.!?]\s*anyway(s)?\s*[,，]/;
/**
 * The employer docking the customer's pay ("上班又迟到被扣钱", "got docked an hour's pay for being late"): money
 * words, but not the bank's doing.
 */
const EMPLOYER_DEDUCTION =
  /(上班|迟到|早退|考勤|全勤|打卡|公司|单位|老板|领导|绩效)[^，。！？,.!?]{0,8}(被)?(扣|罚)(了)?(钱|工资|奖金|绩效|全勤)|\b(docked|lost) (an? |\w+ )?(hour'?s |day'?s |half a day'?s )?(pay|wages)\b/;
/** The bank and what the customer does with it. */
const BANK =
  /你们|你|银行|贵行|网点|支行|柜台|柜员|客服|经理|(?<!外卖|打车|购物|游戏|美团|淘宝|抖音|滴滴|视频|uber |deliveroo |delivery |food |game |taxi )apps?(?![a-z])|卡|账户|账号|转账|汇款|钱|款|扣|余额|密码|验证码|贷款|理财|利息|利率|存款|排队|等|电话|刷不|额度|账单|\b(you|your|bank|banks|branch|staff|teller|card|contactless|declined|debit|credit|atm|pin|overdraft|statement|cheque|refund|charged|account|accounts|payment|payments|transfer|transfers|money|balance|fee|fees|charge|loan|loans|cards|statements|mortgage|login|password|code|hold|queue|queuing|queueing|waiting|waited|call|phone|interest|rates?|savings)\b/;

/**
 * Someone else's phone that goes unanswered ("家政公司电话也不接", "the agency won't answer the phone"): the phone
 * is theirs, not the bank's line.
 */
const THIRD_PARTY_PHONE =
  /(家政公司|家政|中介|物业|护工|保姆|学校|医院|保险公司|他们|对方)(的)?电话(也|都|还)?(不接|没人接|打不通)|\b(the|their|that) (care )?(agency|company|firm|office|landlord|council|school|surgery|insurer)\b[^,.!?]{0,15}\b(won'?t|doesn'?t|don'?t|didn'?t|never|not|isn'?t|aren'?t) (answer|answering|pick up|picking up)( the| their| my)? (phones?|calls?)\b/;

/** The bank itself named, beside the employer's deduction ("上班迟到被扣钱，你们还扣我年费"). */
const OWN_BANK = /你们|银行|贵行|网点|柜台|卡|账户|\b(you|your|bank|branch|card|account)\b/;

/** Start and end offsets of the off-topic clauses of a lower-cased text. */
export function offTopicSpans(lower: string): Array<[number, number]> {
  // Everything before the customer says it is not about the bank (spoken messages often have no commas).
  const notAboutYou = NOT_ABOUT_YOU.exec(lower);
  const spans: Array<[number, number]> = notAboutYou && notAboutYou.index > 0 ? [[0, notAboutYou.index]] : [];
  const shift = TOPIC_SHIFT.exec(lower);
  const shiftAt = shift ? shift.index : -1;
  // A short outburst that names nothing after an off-topic clause goes on about it ("堵车堵得崩溃，烦死了"), as
  // does a clause about the same person ("…my boss, he paid me late again").
  // So does one that opens the message before an off-topic clause ("服了 小区又停电 …").
  // "慢死了我还得去接孩子这啥效率啊": the errand hurried to is no subject of the anger (errand_to_hurry_to.ts).
  const clauses = clausesOf(withoutErrandToHurryTo(lower));
  // "so I'm not waiting on people like him": a wait on the customer's own clients, not on the bank.
  for (const m of lower.matchAll(CLIENT_WAIT)) spans.push([m.index, m.index + m[0].length]);
  let previousOffTopic = false;
  clauses.forEach(({ text: clause, index }, i) => {
    const outburst = isOutburst(clause);
    const offTopic =
      // A wait on a takeaway or a ride is not the bank's (wait_for_someone_else.ts).
      // "…to pay in the shop takings": the customer's own takings banked (own_takings_paid_in.ts).
      // "my phone company is useless": its "phone" is theirs (another_companys_service.ts).
      ((!BANK.test(
        withoutAnotherCompanysName(
          // …nor a queue at the post office or a hospital (queue_or_wait_at_another_place.ts).
          withoutQueueOrWaitAtAnotherPlace(
            withoutWaitForSomeoneElse(clause.replace(THIRD_PARTY_PHONE, ' ').replace(SHOP_SERVICE, ' ')),
          ),
        ),
      ) &&
        !paysInOwnTakings(clause)) ||
        // "…useless, been on hold with them for 2 hours. Sorry, rant over.": a clause going on about the subject just
        // vented, before the customer turns to the errand, the bank itself not named (another_companys_service.ts).
        (previousOffTopic && shiftAt >= 0 && index < shiftAt && !OWN_BANK.test(clause)) ||
        // …or told as an amount ("迟到被扣两百", a_vent_going_on_about_its_subject.ts).
        ((EMPLOYER_DEDUCTION.test(clause) || isPayDockedByAnAmount(clause)) && !OWN_BANK.test(clause)) ||
        // "phone company charged me roaming twice": another company's charge, the bank not named (another_companys_charge.ts).
        (isAnotherCompanysCharge(clause) && !OWN_BANK.test(clause)) ||
        (previousOffTopic && isTheirService(clause))) &&
      (OFF_TOPIC.test(clause) ||
        // The customer's own bad day, the employer's pay, a repair at home, a power cut (bad_day_at_home_or_work.ts).
        BAD_DAY_AT_HOME_OR_WORK.test(clause) ||
        // The council or roadworks (council_and_roadworks.ts).
        isAboutCouncilOrRoadworks(clause) ||
        // A government office or its website (government_office.ts).
        isAboutAGovernmentOffice(clause) ||
        // A relative nagging the customer ("我妈非让我存定期", family_nagging.ts).
        isFamilyNagging(clause) ||
        EMPLOYER_DEDUCTION.test(clause) ||
        isPayDockedByAnAmount(clause) ||
        isAnotherCompanysCharge(clause) ||
        // The phone company's or an insurer's own service (another_companys_service.ts).
        isAboutAnotherCompanysService(clause) ||
        // A metro that broke down, the price of petrol (stranded_on_public_transport.ts, cost_of_living.ts).
        PUBLIC_TRANSPORT.test(clause) ||
        isAboutTheCostOfLiving(clause) ||
        // "装修公司老板跑路了", "the builder did a runner" (firm_that_ran_off_with_a_prepayment.ts).
        RAN_OFF.test(clause) ||
        (shiftAt >= 0 && index < shiftAt) ||
        (previousOffTopic &&
          (outburst ||
            SAME_SUBJECT.test(clause) ||
            isTheirService(clause) ||
            COUNTS_AGAIN.test(clause) ||
            // "…我已经起诉了": the lawsuit against whoever ran off (firm_that_ran_off_with_a_prepayment.ts).
            SUED_THEM.test(clause) ||
            // "…停车费一年涨了一千二", "…the examiner was a nightmare" (a_vent_going_on_about_its_subject.ts).
            goesOnAboutTheVentsSubject(clause) ||
            // "MRT broke down again, stuck 40 min inside" (stranded_on_public_transport.ts).
            isStrandedOnTheWay(clause))) ||
        (outburst && i === 0 && isOffTopicSubject(clauses[1]?.text)));
    // The customer's own client who owes or cancels ("那个客户欠我三个月货款", difficult_client.ts).
    const aboutThem = offTopic || isDifficultClientClause(clause);
    if (aboutThem) spans.push([index, index + clause.length]);
    previousOffTopic = aboutThem;
  });
  return spans;
}

/** A few characters or words ("烦死了", "心累", "so annoying"), not a clause that tells something. */
const isOutburst = (clause: string): boolean => {
  const t = clause.trim();
  return /\p{Script=Han}/u.test(t) ? t.length <= 8 : t.split(/\s+/).length <= 3;
};

/**
 * A clause that goes on about the person just named ("so annoyed with my boss, he paid me late again", "…the
 * agency won't answer the phone. I'm so fed up with them", "…fuming, will sort them out tomorrow").
 */
const SAME_SUBJECT =
  /^\s*(he|she|they|他|她|他们|她们)(?![a-z])|\b(with|at) (them|him|her)\s*$|\bsort (them|him|her) out\b|找(他们|她们|他|她)(算账|理论)/;

/**
 * A clause that counts how often the thing just named happened ("快递又丢了！！！第三次了我真的要疯了", "the courier lost
 * my parcel again, third time this month"): it goes on about it.
 */
const COUNTS_AGAIN =
  /^\s*(这(都)?是)?(这周|这个月|今年|本月)?(都)?第[一二三四五六七八九十两\d]+(次|回)|^\s*(that'?s |this is |it'?s )?(the )?(second|third|fourth|fifth|\d+(st|nd|rd|th)) time\b/;

/**
 * The customer service of the airline or shop just named ("航空公司把我航班取消了还不给退，客服推来推去", "the airline
 * cancelled my flight, their customer service kept passing me around"), not the bank's: nothing else of the bank in
 * the clause.
 */
const THEIR_SERVICE =
  /^\s*(他们|她们|那边|对方|人家)?(的)?客服|\btheir (customer service|support|helpline|call cent(re|er))\b/;
const THEIR_SERVICE_BANK =
  /你们|银行|贵行|网点|柜台|卡|账户|钱|款|扣|\b(you|your|bank|branch|card|account|money|charged|refund)\b/;
/**
 * A shop's or platform's own customer service named ("拼多多客服太气人了", "携程的客服推来推去"): the 客服 is theirs, not
 * the bank's (see also `their_customer_service_after_an_airline_or_a_shop_is_not_the_banks.test.ts`).
 */
const SHOP_SERVICE =
  /(淘宝|天猫|京东|拼多多|闲鱼|美团|饿了么|抖音|快手|携程|去哪儿|飞猪|航空公司|航司|快递|商家|卖家|店家|网店|平台|某宝|某东|某多多|某猫|某团|某音|某鱼|某书|某程)(的)?(客服|售后)/g;
const isTheirService = (clause: string): boolean =>
  THEIR_SERVICE.test(clause) && !THEIR_SERVICE_BANK.test(clause.replace(THEIR_SERVICE, ' '));

const isOffTopicSubject = (clause: string | undefined): boolean =>
  clause !== undefined &&
  (OFF_TOPIC.test(clause) ||
    PUBLIC_TRANSPORT.test(clause) ||
    isAboutTheCostOfLiving(clause) ||
    BAD_DAY_AT_HOME_OR_WORK.test(clause) ||
    isFamilyNagging(clause) ||
    isAboutCouncilOrRoadworks(clause) ||
    isAboutAGovernmentOffice(clause)) &&
  !BANK.test(clause);

/** Punctuation and spaces between clauses. */
const BETWEEN = /^[\s，,。.!！?？;；…~～、]*$/u;

/**
 * What the customer asks after venting about something else first ("被老板骂了一上午真想辞职。工资卡能换成你们家的吗" ->
 * "工资卡能换成你们家的吗"), or null when the message does not open with off-topic clauses or nothing is left after them.
 * An off-topic clause after the bank's own failure ("…结果第二天才到，房租晚交了还被房东念叨") is its consequence, not
 * a vent before the request: null.
 */
export function requestAfterOffTopicVent(lower: string): string | null {
  let at = 0;
  for (const [start, end] of [...offTopicSpans(lower)].sort((a, b) => a[0] - b[0])) {
    if (!BETWEEN.test(lower.slice(at, start))) break;
    at = Math.max(at, end);
  }
  if (at === 0) return null;
  const rest = lower
    .slice(at)
    .replace(/^[\s，,。.!！?？;；…~～、]+/u, '')
    .trim();
  return /\p{L}/u.test(rest) ? rest : null;
}
