/**
 * Is the customer asking about scams in general (how to spot or report one, whether "safe accounts" are a
 * scam, what to do *if* someone ever asks for the code) rather than telling what is happening to them?
 *
 *   "安全账户是不是骗人的" / "how do I report a scam call" / "如果有人自称警察让我转账，我该怎么办"
 *     → a question about scams: the fraud rules stand down (the trained model still reads the message);
 *   "警察说要我把钱转到安全账户，怎么转" / "the police told me to move my money to a safe account, how do I
 *     do it?" / "如果已经把验证码告诉别人了怎么办" → something that is happening: the rules stay on.
 *
 * Two parts, both cheap regular expressions over the lower-cased text:
 *  - an *informational frame*: a hypothetical ("如果…怎么办", "what should I do if…", "would the bank ever…"),
 *    a general is-it-a-scam question ("…是不是骗局", "are these … scams"), how to report / spot / avoid one,
 *    hearsay ("听说…", "I read about…") or protecting someone else ("防诈骗", "so she isn't scammed");
 *  - no *story*: outside the conditional clauses, nobody "told me / 让我 / 给我打电话", the customer has not
 *    "already sent / 已经转了", it is not going on "right now / 刚才 / 今天", and they are not frightened.
 * A story always wins: victims often ask "is this a scam?" about what is happening to them.
 */

import { withoutQuotedMessages } from './quoted_scam_message.ts';
import { withoutNewsOpener } from './seen_in_the_news.ts';
import { withoutBanksPracticeAsked } from './the_banks_practice_asked.ts';
import { HAPPENING_NOW, WHAT_SCAMMERS_CAN_DO_ASKED } from './what_scammers_can_do_asked.ts';
import { SCAMS_ASKED_ABOUT_TO_TEACH_OR_OUT_OF_CURIOSITY } from './scams_asked_about_to_teach_or_out_of_curiosity.ts';
import { OWN_CODE_TYPED_IN_BY_ONESELF_ASKED } from './own_code_typed_in_by_oneself_asked.ts';
import { SCAMS_AS_A_SUBJECT_OF_STUDY_OR_WORK } from './scams_as_a_subject_of_study_or_work.ts';

const re = (source: string): RegExp => new RegExp(source, 'iu');

/** Conditional clause openers; the clause runs to the next punctuation mark. */
const CONDITIONAL_ZH = re(
  String.raw`(如果|假如|假设|要是|(?<![\d一二两三四五六七八九十百千])万一|若是|倘若|一旦|如有|(?<!我)(遇到|碰到)(?!了))[^，。！？；,.!?;]*`,
);
/** "if" that means "whether" ("I don't know if this is real") opens no conditional. */
const CONDITIONAL_EN = re(
  String.raw`(\b(?<!(know|sure|wonder|ask|asking|check|checking|see|tell|unsure|wondering) )(what if|if|suppose|supposing|in case)\b(?! (this|it|that) (is|was|'s)\b)|^(say|imagine|let's say)\b)[^,.!?;]*?(?=\b(what|how|should i|do i|is (it|that|this)|would|can i|who|where)\b|[,.!?;]|$)`,
);
const CONDITIONAL_ZH_G = new RegExp(CONDITIONAL_ZH.source, 'giu');
const CONDITIONAL_EN_G = new RegExp(CONDITIONAL_EN.source, 'giu');

/** After a conditional, the customer asks what to do or whether it is normal. */
const ASKS = re(
  String.raw`怎么办|该怎么|要怎么|怎么处理|如何处理|怎么做|咋办|该咋|要咋|咋整|咋弄|咋处理|应该|正常吗|可信吗|是不是|是否|对吗|对不对|就行|吗|么|呢|吧|[?？]|\b(what (should|do|can|would)|what'?s the (right|best|correct|proper|safest)|what to do|how (should|do|can)|should i|do i|is (it|that|this)|would (you|the bank|that)|who (do|should)|where (do|should|can))\b`,
);

/** General questions about scams, reporting and prevention. */
const INFORMATIONAL = [
  // zh: is it / are they a scam (about a kind of thing, not "this call")
  String.raw`(是不是|是否|算不算|算是|会不会是)(都|真的)?(是)?(诈骗|骗局|骗子|骗人|套路|真的)|(诈骗|骗局|骗子|骗人|套路|真的)(吗|么|嘛|呢)|都是(骗子|骗人|诈骗|骗局|假的)|靠谱吗|可信吗|(违法|犯法|合法|犯罪|坐牢|判刑)(吗|么|嘛)|(犯不犯法|违不违法|合不合法|算不算(违法|犯罪))|(会|有)(什么|啥)(后果|风险|责任)`,
  // zh: how to report / spot / avoid / check
  String.raw`(怎么|如何|怎样|咋|在哪|哪里|去哪|到哪)(里|儿)?(才能|可以|能)?(去)?(举报|报案|报警|识别|辨别|分辨|辨认|判断|防|防范|预防|避免|核实|确认|验证|查证|保护)|(举报|报案|反诈|防骗|防诈|防范|预防|识别)(电话|热线|渠道|方式|流程|中心|app|知识|技巧|方法|措施|宣传|讲座|提醒)|国家反诈|反诈(中心|app|软件|专线)|防(诈|骗|范)|(有|有没有|有哪些)(什么)?(提醒|建议|措施|办法|注意事项|技巧)`,
  // zh: behaviour of the bank / police in general
  String.raw`(银行|你们|警察|公安|公安局|检察院|法院|客服|正规|官方|真的?警察)[^，。！？]{0,6}(会|真的会|一般会|可能会|难道会)(不会)?[^，。！？]{0,20}(吗|么|？|\?)|(银行|你们|警察|公安|公安局|检察院|法院|客服|官方)[^，。！？]{0,4}会不会|(银行|你们|贵行|警察|公安|客服|官方)[^，。！？]{0,8}(从来|从|绝对|一般)(都)?不会[^，。！？]{0,20}(吧|吗|么|对吧|是吧|？|\?)`,
  // zh: what is it; hearsay and the news
  String.raw`什么是|啥是|啥叫|什么叫|是(个)?(什么|啥)(东西|意思|业务)|(给|跟|帮|提醒)[^，。！？]{0,10}提(个)?醒|(听|听到)[^，。！？,.!?]{0,6}说|(怎么|如何)(提醒|宣传|教育|告诉)|据说|新闻(上|里|说)|看新闻|报道(说)?|看到(新闻|报道|有人说|网上)|网上说|常见的?(骗局|诈骗|套路)|最近(骗子|骗局|诈骗)|(骗局|诈骗)(有哪些|都有什么|很多)|(现在|如今|这年头)[^，。！？\s]{0,4}(骗局|诈骗|骗子)(那么|这么|太|越来越|特别|真)多|遇到(这种|这类|类似)|碰到(这种|这类|类似)`,
  // en: is it / are they a scam
  String.raw`\b(is|are|was|were)\b[^.?!]{0,80}\b(always |all |usually |often |just |really |another |a |an )*(scams?|scammers?|fraud|frauds|fraudsters?|legit|legitimate|genuine|fake)\b|\bis (it|that|this) (illegal|legal|a crime|against the law)\b|\bwhat (are|is) the (risks?|consequences)\b|\bsomething (real|genuine) banks\b|\bdo (real|genuine) banks\b`,
  // en: how to report / spot / avoid
  String.raw`\b(how|where) (do|can|should|would|could) (i|we|you|people|one|someone|my \w+|older people|seniors)\b[^.?!]{0,30}\b(report|spot|recogni[sz]e|tell|avoid|protect|prevent|identify|check|verify|know|stay safe)\b|\b(ways|tips|advice|guide|how) (to|for) (spot|avoid|protect|recogni[sz]e|report|identify|prevent|staying safe)\b|\banti-?fraud (app|centre|center|number|hotline|line|team|tips|campaign|leaflet)\b|\b(scam|fraud) (awareness|prevention|tips|warnings?|alerts? service|leaflet)\b`,
  // en: how the bank or the police behave in general
  String.raw`\b(would|will|does|do|can|could|might|is it true)\b[^.?!]{0,25}\b(bank|banks|police|you|your staff|officers?|government|courts?|tax office|hmrc|irs)\b[^.?!]{0,25}\bn?ever\b|\bn?ever (ask|call|tell|request|text|email|phone|ring)\b|\bdo (banks|you|the police) (ask|call|tell|request)\b`,
  // en: how do these scams work
  String.raw`\b(the )?difference between\b|\bhow (do|can) (i|you) tell (a|the|if|whether)\b|\bhow (do|can) (i|you) tell\b[^.?!]{0,30}\bfrom\b|区别|(怎么|如何|怎样)(区分|分辨)`,
  String.raw`\bhow do (people|scammers|fraudsters|criminals|they|these|such)\b|\b(these|such|those|this kind of|that kind of|those kinds of) (\w+ )?(scams?|frauds?)\b|\bwhat (is|are) (a |an )?(\w+ ){0,3}(scams?|frauds?|phishing|smishing|safe accounts?|money mules?)\b|\b(explain|tell me|know) what (a |an )?(\w+ ){0,4}(scams?|frauds?|phishing|smishing|money mules?) (actually |really |exactly )?(is|are|means?)\b`,
  // en: hearsay and the news
  String.raw`\bi('ve| have)? (heard|read|seen|saw)\b[^.?!]{0,30}\b(about|of|that|on)\b|\bon the news\b|\bthere('s| is| are| have been)\b[^.?!]{0,20}\b(scams?|frauds?)\b|\bcommon scams?\b|\bscams? (going around|these days|lately|like)\b|\bi keep hearing\b`,
  // en: hearsay with the subject dropped, and a check of the bank's own practice ("heard scammers ask people to
  // share their screen…, you guys never do that right?").
  String.raw`^(just |also )?(heard|read|saw)( that)? (scammers|fraudsters|criminals|crooks|con ?men|people|some people|there'?s|there are|about)\b|\byou (guys |people |lot |folks )?(never|would never|wouldn'?t ever|don'?t ever) (do|ask|call|text|request)\b[^.!]{0,30}\b(right|correct|do you|would you|yeah)\b`,
  // en: protecting someone else
  String.raw`\bso (they|she|he|my \w+) (aren'?t|isn'?t|don'?t|doesn'?t|won'?t|never) (get )?(scammed|defrauded|tricked|fooled|conned)\b|\bagainst (scams|fraud)\b|\b(warn|alert) (my|our) (\w+ ){0,2}(sons?|daughters?|kids|children|child|parents|mum|mom|dad|grandparents|nan|gran|staff|team|colleagues|friends|students|customers)\b`,
  // en: how a kind of scam works ("how do money mule scams work")
  String.raw`\bhow (do|does) (\w+ ){0,3}(scams?|frauds?|schemes?|scammers) (actually |really |exactly |usually )?(work|operate)\b`,
  // zh: how a kind of scam works, to explain it to the family ("那种诈骗到底是咋骗的，想给我爸妈讲讲")
  String.raw`(诈骗|骗局|骗子|套路)[^，。！？]{0,6}(到底|具体|一般)?(是)?(怎么|咋|如何|怎样)(骗|运作|操作|得手)(的|人)`,
  // What scammers can do, or what the bank does against a kind of fraud (what_scammers_can_do_asked.ts).
  ...WHAT_SCAMMERS_CAN_DO_ASKED,
  // Scams asked about to teach others or out of curiosity about the law (scams_asked_about_to_teach_or_out_of_curiosity.ts).
  ...SCAMS_ASKED_ABOUT_TO_TEACH_OR_OUT_OF_CURIOSITY,
  // The code rule quoted, then one's own code typed in oneself asked about (own_code_typed_in_by_oneself_asked.ts).
  ...OWN_CODE_TYPED_IN_BY_ONESELF_ASKED,
  // Scams as the subject of the customer's study or work (scams_as_a_subject_of_study_or_work.ts).
  ...SCAMS_AS_A_SUBJECT_OF_STUDY_OR_WORK,
].map(re);

/** Something happening to the customer: told outside a conditional clause it counts as a story. */
const STORY = [
  // zh: someone told / asked / called me
  // Not the customer acting on them ("让他卡里往外转钱要我确认": he is the one the setting is for).
  String.raw`(?<![让叫帮替给])(他|她|对方|那人|那个人|这个人|有人|有个人|一个人|一个女的|一个男的|客服|警察|警官|民警|老师|导师|领导|经理|平台|群里|群主|陌生人|陌生号码|骗子|那边)[^，。！？]{0,6}(说|让我|叫我|要我|给我打|打电话|打来|来电(?!号码|显示)|发(来|了|短信|消息|信息|链接)|加(了)?我|问我|找我|催我|联系我|教我|告诉我|非要|一直)`,
  // zh: already done / right now
  String.raw`已经(把|转|汇|给|告诉|发|下载|充|投|交|付|借|贷|点|填|按|报|念|操作)|(我)?(刚才|刚刚|今天|昨天|前天|上午|下午|晚上|这两天|正在|现在他|还在通话|电话(还)?没挂)|(转|汇|给|交|付|充|投|借|贷)了(\d|一|两|几|好|[万千百])|我(转|汇|给|交|付|充|投|借|贷)了`,
  // "被骗了" without a subject is the customer's; a friend's or a neighbour's ("听邻居说她被骗了") is hearsay.
  String.raw`(我|我的)(钱|卡|账户|存款)?(被骗|被盗刷|上当|被套|被冻结)|(?<!(朋友|邻居|同事|亲戚|同学|熟人|别人|人家)[^，。！？]{0,4})(被骗了|上当了)`,
  // zh: a link opened and details typed, or the money gone ("没看清真假就点了链接，还输了验证码，现在卡里的钱没了").
  String.raw`(点|点开|点进)了(那个|这个)?(链接|网址)|(输|填|输入|填写)了[^，。！？]{0,4}(验证码|密码|卡号|身份证号)|(卡里|账户里|卡上)的?(钱|余额)[^，。！？]{0,2}(没了|被转走|被划走)`,
  // zh: fear and urgency
  String.raw`害怕|好怕|吓死|吓坏|慌了|怎么办啊|救救|急死`,
  // zh: told something about the customer's own matter, passive ("医保卡被说违规报销", "被通知要交保证金")
  String.raw`被(人|对方|他们)?(说|告知|通知|要求)`,
  // en: someone told / asked / called me
  String.raw`\b(he|she|they|someone|somebody|a man|a woman|a guy|a lady|the caller|the man|the woman|the guy|the lady|the officer|the police(man)?|the agent|the person|this person|a person|my (broker|mentor|teacher|boyfriend|girlfriend|manager|boss))\b[^.?!]{0,20}\b(told|tells|asked|asks|say|says|said|wants|wanted|called|calls|rang|texted|messaged|emailed|keeps|is (telling|asking|saying|on))\b`,
  // en: reported speech about the customer ("someone from social security said my number…")
  String.raw`\b(said|says|told me|sent me)\b,? (that )?(i|i'?m|i'?ve|my|me)\b`,
  String.raw`\b(told|asked|called|texted|messaged|emailed|rang|contacted|phoned|instructed|pressured|warned) me\b|\bwants me to\b|\bi (was|am|'m|have been|got) (told|asked|instructed)\b|\b(called|rang|phoned|wrote|texted|messaged|emailed)\b,? (to say|saying|and said|and says|and told)\b|\b(got|had|received) a (call|text|message|letter|email)\b`,
  // en: already done / right now
  String.raw`\bi (just )?(got|received|had|have) (a|an|this|these) (call|text|message|email|letter|voicemail)\b|\bi('ve| have)? (already |just )?(sent|transferred|paid|gave|given|shared|downloaded|installed|moved|wired|clicked|read out|put in|invested|lost|borrowed|signed up|fell for|fallen for)\b|\b(i|i've|i have|my (money|card|account|savings)) (was |were |has been |have been |got |been )?(scammed|defrauded|conned|tricked|stolen|emptied)\b|\b(right now|just now|on the phone|on the line|today|yesterday|this (morning|afternoon|evening|week))\b`,
  // en: a story opened in the past tense, subject dropped ("Found a flat online, …", "Met a guy on an app who…")
  String.raw`^(i )?(just )?(found|met|saw|spotted|answered|replied to|applied for|ordered|bought|booked|listed|sold|signed up)\b`,
  // zh: where the customer found or met it ("我在闲鱼上找到一套房", "在网上认识一个人"; not the news: 在新闻上看到)
  String.raw`^(我)?(前几天|最近|上周)?在[^，。！？]{1,12}(上|里)(找到|认识|挂了|卖|买|租)`,
  // en: fear and urgency
  String.raw`\b(scared|frightened|terrified|panicking|panicked|afraid|please help)\b`,
  // The customer's own payment about to go ("about to send 10k", "准备转五万过去"): asked about, it is still theirs.
  String.raw`\b(about to|i'?m going to|i'?m gonna|i was going to|just about to) (send|transfer|pay|deposit|invest|wire|move|put in|top up)\b|(准备|打算|马上(就|要)?|正要|正准备|这就)(转|汇|打|投|充|付|交|存)`,
  // en: someone in the story speaks ("admin says", "the seller wants")
  String.raw`\b(the |an |group |their )?(admin|seller|buyer|recruiter|platform|company|app|website|site|agent|broker|mentor|coach|trader|account manager)\b[^.?!]{0,12}\b(says|said|told|tells|wants|asked|asks|keeps)\b`,
  // Happening now beside a question: a dead SIM, alerts coming in, moments ago (what_scammers_can_do_asked.ts).
  ...HAPPENING_NOW,
].map(re);

/** "你们是不是骗子" / "you're all crooks" accuses the bank: no question about scams in general. */
const ACCUSATION = re(
  String.raw`(你们|你|贵行|这(家)?银行)(这)?(就|简直|真|分明|明明)?(是不是|是)?(骗子|骗人|诈骗|坑人|骗钱)|\byou('re| are)( all| just)? (scammers|frauds|crooks|thieves|a scam)\b|\bscam(ming)? (me|us|your customers)\b|\bthis bank is a scam\b`,
);

/**
 * What someone else says the bank does, reported and then checked ("朋友说你们客服会打电话要验证码，真的假的？", "my mate
 * says your staff will ring and ask for the code, is that true?"): the bank's practice in general, no story, like
 * a conditional clause. Only with the check of whether it is true.
 */
const HEARSAY_OF_THE_BANK = re(
  String.raw`(朋友|同事|邻居|家人|亲戚|同学|室友|别人|人家|网上|听人|我妈|我爸|大家)(都)?(说|讲)(你们|银行|贵行)(的)?(客服|工作人员|员工|柜员|人)?(都|一般|经常)?会[^，。！？；,.!?;]*|\b(my )?(friend|mate|mum|mom|dad|colleague|neighbou?r|flatmate|roommate|people)s? (said|says|reckons?) (that )?(your|the bank'?s|banks?'?) ?(staff|customer service|people|agents|team)? (will|would|always|sometimes|do|can) [^,.!?;]*`,
);
const HEARSAY_OF_THE_BANK_G = new RegExp(HEARSAY_OF_THE_BANK.source, 'giu');
/** Asks whether what was heard is true. */
const TRUTH_CHECK = re(
  String.raw`真的假的|是真的(吗|么)|真的(吗|么)|是不是真的|\bis (that|this|it) (true|right|correct)\b`,
);

/**
 * The text without its conditional clauses ("如果有人让我转账" / "if someone asks me for the code"), and without what
 * someone else says the bank does when the customer asks whether it is true.
 */
function withoutConditionals(lower: string): string {
  // …and whether the bank's own staff would do it ("你们的客服会不会打电话让我转账", the_banks_practice_asked.ts).
  const rest = withoutBanksPracticeAsked(lower.replace(CONDITIONAL_ZH_G, ' ').replace(CONDITIONAL_EN_G, ' '));
  return TRUTH_CHECK.test(lower) ? rest.replace(HEARSAY_OF_THE_BANK_G, ' ') : rest;
}

/**
 * A question about scams in general, not a story of one happening to the customer (see the file comment).
 * `framed`: the caller already found an informational frame (the detector's prevention cues).
 */
export function isQuestionAboutScams(lower: string, framed = false): boolean {
  const rest = withoutConditionals(lower);
  const hypothetical = rest !== lower && ASKS.test(rest);
  // A scam message quoted is read without its own words ("are those 'your parcel is held, pay 1.99' texts fake?").
  const unquoted = withoutQuotedMessages(lower);
  if (!framed && !hypothetical && !INFORMATIONAL.some((p) => p.test(lower) || p.test(unquoted))) return false;
  if (ACCUSATION.test(lower)) return false;
  // "如果已经把验证码告诉别人了" happened; otherwise a story counts only outside the conditional clauses.
  if (
    /已经(把|转|汇|给|告诉|发|下载|充|投|交|付|借|贷)|\balready (sent|gave|given|paid|transferred|shared|told)\b/u.test(
      lower,
    )
  )
    return false;
  // "Just saw on the news about…" is hearsay, not the opening of the customer's story (seen_in_the_news.ts).
  // …nor is a scam message quoted ("are those 'your parcel is held, pay…' texts fake?", quoted_scam_message.ts).
  const told = withoutQuotedMessages(withoutNewsOpener(rest));
  return !STORY.some((p) => p.test(told));
}
