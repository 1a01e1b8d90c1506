/**
 * A scam that is already being dealt with, or is not the customer's own now: reported to the police, long
 * past, or a friend's. "我上周被骗了，已经报警了，怎么开流水证明" and "I reported a scam to the police, what do
 * you need for the refund claim" ask about paperwork; "我被骗了" / "I think I'm being scammed" still count.
 * These cues only stand down the rules that read the words of scams (`victim_report`) and a crime
 * reference number; a scheme told in the message (safe account, a code asked for) still fires.
 * `actedAnyway` tells a refused scam ("我直接挂了", "I deleted it") from one the customer went along with.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';

const SCAM_CONTACT = re(
  String.raw`(接到|接过|收到|收过|老接|总接|常接|经常接|天天接|老是接|总是接)(到|过)?(了)?(好多|很多|不少|一些|几个|几次|各种|个)?(诈骗|骗子|骚扰|可疑)(的)?(电话|短信|信息|消息|邮件)|举报(过)?(一个|这个|那个|一些)?(诈骗|骗子|可疑)?(的)?(账户|账号|号码|电话|网站|链接)|\b(get|gets|getting|got|receive|receives|receiving|received|keep getting|keeps getting)\b (a lot of |lots of |loads of |so many |many |a few |some |a couple of )?(scam|fraud|phishing|spam|dodgy) (calls?|texts?|emails?|messages?)\b|\b(forwarded|reported|passed on)\b (a |the |this |that |some )?(scam|phishing|spam|fraud|fraudulent|dodgy) (emails?|texts?|messages?|calls?|numbers?|websites?|accounts?)\b|(诈骗|骗子|骚扰)(的)?(电话|短信|信息)(太多|好多|很多|天天|老是|总是|不断|一直|多得)|\b(forward|report|send|block|filter)\b (the |these |those |any |all )?(scam|phishing|spam|fraud|dodgy) (emails|texts|messages|calls|numbers)\b`,
);
/** Saw through the caller, told them off, and hung up: "一听就知道是骗子 直接骂了他一顿挂了", "told him where to go and hung up". */
const TOLD_OFF_AND_HUNG_UP = String.raw`(一听|听着|听起来|觉得|知道|认出)(就)?(知道)?(是|像(是)?)?(骗子|假的|诈骗)[^。！？]{0,12}?(骂|训|怼|数落|教训)(了)?(他|她|对方|那人)?(一顿|几句|两句)?[^。！？]{0,4}(挂(了|断)|拉黑)|\b(knew|know|could tell|reali[sz]ed)\b[^.?!]{0,30}\b(scam|fake|scammers?|fraudsters?|con)\b[^.?!]{0,40}\b(told (him|her|them) (off|where to go|to get lost|what i thought)|gave (him|her|them) (a piece of my mind|an earful|what for)|swore at (him|her|them))\b[^.?!]{0,20}\b(hung up|put the phone down)\b`;

/** Went along with an approach: clicked, filled in, paid, told the code. */
export const WENT_ALONG = re(
  String.raw`点了|点开|点进|填了|输了|告诉(了)?(他|她|对方)|转了|汇了|给了(他|她|对方)|下载了|付了|交了|(?<!\b(never|not|didn'?t|did not|haven'?t|have not) )\b(clicked|entered|gave(?! (them |him |her )?(nothing|none|no\b|a piece of my mind|an earful|what for|short shrift))|(sent|paid|transferred)(?! (them |him |her )?nothing\b)|downloaded|installed|told (them|him|her)(?! (off|where to go|to get lost|to go away|to (bugger|piss|sod|clear|push) off|what i thought))|shared|typed|replied|called (them|him|her|it) back)\b`,
);

/**
 * The customer ended the approach themselves: hung up, blocked them, gave nothing (not "他挂了", "给我挂了"); also
 * after their own doubt, the subject dropped ("我觉得不对劲直接挂了拉黑了", "sounded off so hung up and blocked them"), and
 * after telling the caller off ("我一听就知道是骗子 直接骂了他一顿挂了", "I knew it was a scam, told him where to go and hung up").
 */
const REFUSED = re(
  String.raw`${TOLD_OFF_AND_HUNG_UP}|(觉得|感觉|一听(就)?(知道)?|听着|听起来)(不对(劲)?|有问题|是骗子|像(是)?骗子|不靠谱|可疑|是假的)[，,]?(我)?(就|便)?(直接|马上|立马|立刻|果断|赶紧)?(把电话)?(挂(了|断)|拉黑)|\b(sounded|seemed|felt|looked) (off|fishy|dodgy|wrong|suspicious|fake|like a scam)\b[^.?!]{0,12}\b(so |and )?(i )?(just )?(hung up|blocked (them|him|her|the number))\b|(?<![给被他她])我(就|也|根本|压根)?(没|没有)(理|搭理)(他|她|对方|他们)?(?=[，,。.!！\s]|$|(就|直接|马上)?报(了)?警)|(?<![给被他她])我(就|直接|马上|立刻|当时|赶紧|果断|当场){0,2}(把电话)?(挂(了|断)|拉黑|删了)|(我)?(什么|啥)(都|也)没(给|说|告诉|转|点|填)|(没|没有)(理|搭理)(他|她|对方|他们)|(?<![给被他她])(我)?(没|没有)(理|搭理|信)(他|她|对方|他们)?[，,]?(就|直接|马上)?(挂(了|断)|拉黑)|\bi (just |immediately |straight away |then |simply )?(hung up|put the phone down|blocked (the|their|his|her) number)\b|\bgave (them |him |her )?nothing\b|\b(paid|sent|transferred) (them |him |her )?nothing\b(?! yet)|\bi (didn'?t|did not|never) (give|tell|send|share|click|pay|transfer|read out)\b|\bnever (told|gave|sent|shared) (them|him|her|it)\b|\bblocked (a|the|their|his|her) number\b|\bi (just )?(said no|refused)\b|我(就|直接)?(拒绝了|没答应)|\b(called|rang|phoned) the (official )?(number|phone number) on (the back of )?(my|the) card\b|(打|拨)(了)?(卡背面|卡片背面|官方|官网上)的?(客服)?(电话|热线)|(?<![还他她方们行])我(就|也|可|才|当然|肯定)?没(有)?(给|告诉|转)(他|她|对方|他们|骗子)?(验证码|密码|钱)?(?=[，,。.!！\s]|$)|(?<!还)钱(一分)?(都|也)?没(动|转|给)|(确认|核实|证实)(了)?(是)?假的|(?<!(转|汇|付|交|给)了[^。！？]{0,30})(问|核实|确认)(了|过)${IN_CLAUSE}{0,10}(是|都是)假的|\bi (said|told (them|him|her)) (i'?d|i would|i'?ll|i will) (ring|call|phone) (back|you|the bank)\b|\b(ring|call|phone)(ing)? (you |them )?(back )?on (the|your|an?) official (number|line)\b|\bi (didn'?t|did not|never) (call|ring|phone) (it|them|him|her|the number|back)\b|\bdidn'?t (call|ring|phone)\b`,
);
/** The approach goes on ("又打来了", "he keeps calling", "still on the line"). */
export const ONGOING = re(
  String.raw`又(打|来|发|催)|还在(打|催|通话|线上)|一直(打|催|发)|\b(keeps?|kept) (calling|ringing|texting|messaging)\b|\b(called|rang|texted) (back|again)\b|\bstill on the (line|phone)\b`,
);

/** The news, a show, a talk, a study, other people: where a scam may be only heard about. */
const HEARD_ABOUT = re(
  String.raw`新闻|报道|电视剧|电视上|讲座|宣讲|调研|论文|科普|课题|(刷到|看到|听说|听人说)(有人|好多人|很多人|不少人|别人|新闻|报道)|\b(on|in) the (news|paper|papers)\b|\bnews (story|report|item|article)\b|\b(documentary|podcast|article|newspaper|webinar|seminar|leaflets?)\b|\b(heard|read|saw) (about|of) (people|someone|folks|others|a case|cases|a story|stories)\b|\b(on|in) the (bbc|guardian|times|telegraph|straits times|herald|daily mail|mirror|local paper|radio|telly|tv)\b|\bon (bbc|cnn|sky news|itv|abc news|channel \d|tv|the radio)\b|\b(read|saw|heard) about (the|a|this|that) ['"‘“]?\w+( \w+)?['"’”]? (scam|fraud)\b|\b(gave|give|giving|did|had|went to|attended|at) (a|an|the|our) (\w+ )?(talk|training|course|session|presentation|briefing)\b`,
);

/**
 * A seminar or a talk the customer went to, its offer signed up for and now to be paid ("we went to a free lunch
 * seminar… so we signed up and now we need to transfer…", "去听了个讲座…我们报名了 现在要把存单里的钱转过去"): the
 * customer's own story, not a scam heard about.
 */
const PITCH_ACTED_ON = {
  test: (lower: string): boolean =>
    re(
      String.raw`\b(went to|attended|been to|were at|was at|go to|going to)\b[^.?!]{0,40}\b(seminar|talk|lecture|presentation|webinar|workshop|information session|info session)\b|(去|参加|听)(了)?${IN_CLAUSE}{0,12}(讲座|宣讲|说明会|推介会|分享会|讲课)`,
    ).test(lower) &&
    re(
      String.raw`\b(signed up|signed on|put (our|my) names? down|joined|bought in|paid (a|the) deposit)\b|\b(we|i) (now )?(need|have|want|are going|'re going|'ve got|got) to (transfer|move|withdraw|pay|break|take out|cash in)\b|报(了)?名|签了|入了|交了(定金|订金|押金)|(要|得|准备)(把|从)${IN_CLAUSE}{0,10}(取出来|转过去|转到|转给|取了|提出来)`,
    ).test(lower),
};

/** Someone other than the customer: a friend, a neighbour, a relative. */
const OTHER_PERSON_ZH = String.raw`(朋友|邻居|同事|亲戚|同学|熟人|老乡|姐妹|闺蜜|表姐|表哥|表妹|表弟|堂哥|堂姐|堂弟|堂妹|姑姑|姑妈|小姨|姨妈|阿姨|舅舅|叔叔|婶婶|大爷|大妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|我妈|我爸|老妈|老爸|岳父|岳母|公公|婆婆)`;
const OTHER_PERSON_EN = String.raw`\b(friend|neighbou?r|colleague|coworker|cousin|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|aunty|auntie|uncle|brother|sister|parents|in-laws?)('s)?\b`;
/** Someone else's scam, with the time it happened or its end: long past, reported, in court. */
const OTHERS_SCAM_OVER = re(
  [
    String.raw`${OTHER_PERSON_ZH}${IN_CLAUSE}{0,16}(被(人)?骗|上当|受骗|被${IN_CLAUSE}{0,8}骗)`,
    String.raw`${OTHER_PERSON_EN}[^.?!]{0,30}\b(scam|fraud|scammed|conned|defrauded|swindled)\b`,
    // "my uncle got done by a fake lottery thing", "my nan was taken in by…": slang for being scammed.
    String.raw`${OTHER_PERSON_EN}[^.?!]{0,12}\b(got|was|were|been) (done( over)?|taken in|ripped off|fleeced|duped|stung) by\b`,
    // "Scammers got my cousin for 2 lakh last year": the scammers named first.
    String.raw`\b(scammers?|fraudsters?|conmen|con men|con artists?|crooks)\b (got|conned|fleeced|robbed|cheated|took) (my|our) ${OTHER_PERSON_EN}`,
  ].join('|'),
);
const LONG_PAST_OR_REPORTED = re(
  // "姑姑当年被骗以后…这都三年了": 当年 (back then) and the years counted since are long past too.
  String.raw`当年|那年|(这|都|已经|快)(都)?(有)?[一二两三四五六七八九十几好\d]+年(了|多了)|[五六七八九]十年代|(19)?[5-9]0年代|去年|前年|前(几|两|三|些)年|几年前|[一二两三四五六七八九十几\d]+年前|(19|20)\d\d年|报(了|过)(警|案)|已(经)?报(警|案)|立案|结案|判决|法院判|\b(in|from|back in|since) (19|20)\d\d\b|\b(years|ages|long) ago\b|\byears back\b|\bin the (19)?[5-9]0'?s\b|\blast year\b|\b(went|gone|going) (through|to) court\b|\bthe (judge|court) (ordered|awarded|ruled)\b|\b(reported|report) (it )?to the police\b|\bpolice report\b`,
);
/** The story reaches the customer now: someone asking them, a fee, a new approach. */
const REACHES_THE_CUSTOMER_NOW = re(
  String.raw`(让|叫|要)我(?!(帮(她|他))?(问|查|咨询|打听|了解))|催我|找我|加我|打给我|联系我|(现在|今天|刚才|刚刚|最近)(又)?(有人|对方|他们|律师|客服|警察)|手续费|保证金|解冻|交钱|先(交|付|转)|\b(asked|asking|told|telling|wants|want|wanted|pushing|got) me\b|\b(contacted|called|rang|texted|emailed|messaged) me\b|\b(fee|fees|deposit|tax|release|unlock)\b|\b(now|today|just) (someone|somebody|they|he|she|a (man|woman|lawyer|solicitor))\b`,
);

/**
 * The card or account frozen since the old scam, to be unfrozen at the bank ("卡就一直冻着…想解冻继续用，需要带啥材料去网点"):
 * the customer's own wish, not a fee to "unfreeze" (解冻费) or someone asking them to.
 */
const OWN_UNFREEZE = /(想|申请|办理|去)(把|给)?(卡|账户|银行卡)?(给)?解冻(?!费|金)/gu;

/** A protective setting asked about: alerts, limits, a block ("大额转账提醒", "set up alerts for large transfers"). */
const PROTECTIVE_SETTING = re(
  String.raw`(转账|交易|动账|消费|大额)[^，。！？]{0,4}(提醒|提示|通知|短信)|(限额|额度)[^，。！？]{0,6}(调|设|改|降)|(调|设|改|降)[^，。！？]{0,6}(限额|额度)|\b(alerts?|notifications?)\b|\b(lower|set|reduce|change)\b[^.?!]{0,20}\blimits?\b|\blimits?\b[^.?!]{0,10}\b(lower|set|reduce)\b`,
);

export const VICTIM_CONTEXT_CUES = {
  /**
   * Someone else's scam, told as the reason to ask for a protective setting ("我同事被刷单骗了好几万，吓得我。你们有没有
   * 大额转账提醒", "My colleague got scammed out of 5k by a fake parcel text. Can I set up alerts for large
   * transfers?"), with nobody approaching the customer: a question about protection, not a scam under way.
   */
  othersScamProtection: {
    test: (lower: string): boolean =>
      OTHERS_SCAM_OVER.test(lower) && PROTECTIVE_SETTING.test(lower) && !REACHES_THE_CUSTOMER_NOW.test(lower),
  },
  /**
   * A scam of someone else's that is over: long past, reported to the police or through the courts ("我朋友去年刷单被骗了
   * 报过警了 她问我这种钱一般还能追回来不", "My aunt's scam case from 2021 finally went through court"), asked about
   * for them, with nobody approaching the customer now and no fee asked. The labelling spec counts "a scam that
   * happened to someone else long ago" as neutral: even the scheme named in it is its story, not one under way.
   */
  othersScamOver: {
    test: (lower: string): boolean =>
      OTHERS_SCAM_OVER.test(lower) &&
      LONG_PAST_OR_REPORTED.test(lower) &&
      !REACHES_THE_CUSTOMER_NOW.test(lower.replace(OWN_UNFREEZE, ' ')),
  },
  /**
   * The customer turned the approach down, gave nothing and it is over ("他说我涉嫌洗钱，我直接挂了", "asked for
   * my PIN, I hung up"): even when the story names a scheme, it is told after the fact, not under way.
   */
  refusedAfter: {
    test: (lower: string): boolean => REFUSED.test(lower) && !WENT_ALONG.test(lower) && !ONGOING.test(lower),
  },
  /** The customer has reported it, or the police have taken it up. */
  reportFiled: re(
    // The customer's own case, which the police have taken up ("for my own fraud case from 2022", "我被骗那个案子").
    String.raw`\b(for|in|on) my (own |ongoing |open |old )?(fraud|scam|theft|identity theft) (case|investigation)\b|我(自己)?(的|那个|那起)?(被骗|被盗刷|盗刷)(的)?(那个)?(案子|案件)|` +
      String.raw`已(经)?报(了|过)?(警|案)|报(了|过)(警|案)|报警了|报案了|(警方|警察|公安|派出所|民警)${IN_CLAUSE}{0,4}(已经)?(立案|受理|追回|退还|返还|破案|冻结了)|立案了|报案回执|受案回执|\b(reported|filed|made|lodged)\b[^.?!]{0,40}\b(police|action fraud|ic3|ftc|crime)\b|\bi (already |have |'ve )?reported (a|the|it|this) (scam|fraud)\b|\bpolice report\b|\bcrime reference\b|\b(police|detectives?|officers?) (have |has )?(recovered|returned|got back)\b`,
  ),
  /** A scam long past, or someone else's (a friend, a neighbour). */
  pastVictim: re(
    String.raw`(之前|以前|曾经|上次|去年|前年|前几年|几年前|[一二两三四五六七八九十几\d]+年前|小时候)${IN_CLAUSE}{0,6}(被骗|上当|受骗|被.{0,8}骗)|(被骗|上当|受骗)(的|那)(事|件事|回事)[^，。！？没未不]{0,8}(结案|了结|了了|过去|处理完|解决)|被骗过|上过当|(朋友|邻居|同事|亲戚|同学|熟人|老乡|姐妹|街坊|隔壁|老王|老李|老张)${IN_CLAUSE}{0,5}(被(人)?骗|上当|受骗)|\b(once|before|years ago|last year|in the past|previously|a while (ago|back))\b[^.?!]{0,30}\b(scammed|defrauded|conned)\b|\b(was|got|been) (scammed|defrauded|conned)\b[^.?!]{0,20}\b(before|once|years ago|last year|in the past|a while (ago|back))\b|\b(friend|neighbou?r|colleague|coworker|cousin|someone i know)\b[^.?!]{0,20}\b(fell for|was scammed|got scammed|was defrauded|lost money to)\b|\b(friend|neighbou?r|colleague|coworker|cousin|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|aunty|auntie|uncle|brother|sister|parents)\b[^.?!]{0,40}\b(fell for|(was|got|been) (\w+-)?(scammed|defrauded|conned|tricked)|lost [^.?!]{0,15}\bto (a|an|the|some) [^.?!]{0,20}\b(scam|scammer|fraudster|con)s?)\b[^.?!]{0,40}\b(back in (19|20)\d\d|in (19|20)\d\d|ages ago|long ago|years ago|years back|last year|a while (ago|back))\b`,
  ),
  /**
   * Scam calls or texts received, or someone else's scam account reported, with nothing done
   * ("我妈老接到诈骗电话", "I keep getting scam texts", "我想举报这个诈骗账户", "I forwarded a phishing email"): a
   * reason to ask about protection, not a scam under way. Not when the customer went along ("点了", "clicked").
   */
  scamContact: {
    test: (lower: string): boolean => SCAM_CONTACT.test(lower) && !WENT_ALONG.test(lower),
  },
  /**
   * The customer checked the details themselves on a channel they trust ("I phoned their office to confirm them",
   * "我打电话跟房东本人核实过了"): a question about the payment, not a scam under way.
   */
  checkedThemselves: re(
    String.raw`\b(viewed|visited|inspected|saw|went to see) (the )?(flat|property|house|room|apartment|car|place)\b[^.?!]{0,60}\b(signed|met)\b[^.?!]{0,40}\b(in person|face to face)\b|我(已经)?(去)?(看过|看了|实地看了)(房|房子)[^。！？]{0,20}当面签|\bi('ve| have)? (phoned|called|rang|rung|visited|checked with|confirmed with|verified with|spoke to|spoken to)\b[^.?!]{0,40}\b(to (confirm|check|verify)|confirmed|verified|and (they|he|she) (confirmed|verified))\b|\b(confirmed|verified|checked) (them|it|the (details|account|bank details|account number)) (with|by (calling|phoning|ringing)|in person|face to face)\b|我(已经|都)?(打电话|当面|亲自|去)${IN_CLAUSE}{0,10}(确认|核实|核对)(过|了)`,
  ),
  /**
   * A scam the customer read or heard about: the news, a show, a talk, a study, other people ("看到有人被骗").
   * Not where the customer met a scam themselves ("抖音上刷到一个兼职", "a work from home program").
   */
  heardAbout: {
    test: (lower: string): boolean => HEARD_ABOUT.test(lower) && !PITCH_ACTED_ON.test(lower),
  },
  /** A scam the customer nearly fell for and did not ("差点被骗，幸好打电话核实了", "I nearly got scammed"). */
  nearMiss: re(
    String.raw`(差点|差一点|险些)${IN_CLAUSE}{0,6}(被骗|上当|受骗|被.{0,4}骗)|(差点|差一点|险些)(就)?(被|上)|(差点|差一点|险些)(就)?(给|把钱?(转|汇)给)骗子|(幸好|好在|幸亏)${IN_CLAUSE}{0,6}(没|没有|及时|识破|发现得早)|\b(almost|nearly) (got |been |was |being )?(scammed|conned|tricked|defrauded)\b|\b(almost|nearly) (fell|fallen) for\b|\b(almost|nearly) (paid|sent|gave|transferred|clicked|shared)\b`,
  ),
  /**
   * The customer says it is not a scam of theirs ("Not scammed or anything", "nothing happened to me",
   * "没上当", "I spotted it"), or it is the bank's own warning they ask about ("a scam warning popped up when I
   * paid my builder", "支付宝弹出疑似诈骗提示").
   */
  notTheirScam: re(
    String.raw`(?<!有)没(有)?上当|(?<!有)没(有)?被骗|(?<!是)不是被骗|\bnot (been )?(scammed|conned|defrauded)\b|\bnothing (has )?happened to (me|us)\b|\bnothing (was )?lost\b|\b(i|we) (spotted|caught|sussed) (it|them|him|her)\b|\bknew (straight away|right away|immediately) (it was|that it was|it'?s|its|they were) (a scam|fake|not)\b|(scam|fraud|security) (warning|message|check)\b[^.?!]{0,20}\b(popped up|came up|appeared|showed|shows|cleared)\b|\b(fraud|scam) flag\b|弹出${IN_CLAUSE}{0,6}(疑似诈骗|风险提示|诈骗提示|反诈提示)|(疑似诈骗|风险提示|反诈提示)${IN_CLAUSE}{0,4}(弹出|跳出|提示)`,
  ),
  /** The customer went along after all ("后来还是转了", "but then I sent it"). */
  actedAnyway: re(
    String.raw`已经(把|转|汇|给|付|交|告诉|发|点|填|下载|充)|(还是|后来|结果)${IN_CLAUSE}{0,4}(转|汇|给|付|交|告诉|发|点|填|下载|充)了|\balready (sent|paid|transferred|gave|given|shared|told|clicked|installed)\b|\b(but|then|later) (i )?(sent|paid|transferred|gave|shared|clicked|installed|read out)\b`,
  ),
} as const;
