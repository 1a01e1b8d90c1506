/**
 * Recognises an explicit request for a person (转人工, 找真人, "talk to a human", "agent please") without the
 * intent classifier, so the request is honoured even when the classifier is unsure or replaced. Care is
 * taken with look-alikes: 人工智能, 太让人失望, "send money to a person", "customer service number".
 */
import { withoutStaffWordLookAlikes } from './staff_word_look_alike.ts';
import { withoutAskingPeopleForMoney } from './asking_people_for_money.ts';
import { asksToSeeSomeoneInPerson } from './seeing_someone_in_person.ts';
import { withoutProductBoughtFromStaffBefore } from './product_bought_from_staff_before.ts';
import { withoutAppointmentAlreadyBooked } from './appointment_already_booked.ts';
import { asksForSomeoneToExplain } from './someone_to_explain_it.ts';
import { withoutStaffRoleAProcedureNeeds } from './staff_role_a_procedure_needs.ts';
import { asksForAnAgentTersely } from './terse_ask_for_an_agent.ts';
import { withoutCallFromTheBankReceived } from './call_from_the_bank_received.ts';
import { asksForAnAgentWithATypo } from './agent_asked_for_with_a_typo.ts';
import { withoutAssistantNatureAskedInJest } from './assistant_nature_asked_in_jest.ts';
import { withoutAssistantNatureInPassing } from './assistant_nature_in_passing.ts';
import { withoutPersonNeededOrDoneHereInstead } from './person_needed_or_done_here_instead.ts';
import { withoutCallbackAlreadyRequested } from './callback_already_requested.ts';
import { asksWhetherStaffAreThere } from './staff_asked_whether_there.ts';
import { asksForAPersonOnThePhone } from './a_person_on_the_phone_asked_for.ts';
import { asksForAMemberOfStaffToBeHadOrCalled } from './staff_member_asked_to_be_had_or_called.ts';
import { asksForAMemberOfStaffByTheirRole } from './a_member_of_staff_named_by_their_role_asked_for.ts';

const ZH = [
  /人工|真人|活人|专人/,
  /(找|叫|要|跟|和|同|让|联系|安排|约|预约|接通?|接到|转接?|转给|转到|请|换|有没有|有)(一?个|一位|一下|下)?(你们的?|银行的?|网点的?|支行的?|柜台的?|我的|我那个|我们的)?(在线|人工)?(客服人员|客服专员|客服小姐姐|客服|工作人员|员工|同事|专员|客户经理|理财经理|理财顾问|顾问|值班经理|大堂经理|经理|主管|坐席|接线员|柜员|柜台(?![^，。！？,.!?]{0,6}(办|在哪|哪里|哪儿|最近|几点|开门|地址))|懂行的人|懂业务的)/,
  // A department or a call back: "帮我转接一下信用卡中心", "请安排一个人给我回个电话".
  /(转接|转到|转给|接到|转一下)[^，。！？,.!?]{0,8}(中心|部门|团队|专线)|(安排|预约|请|让)[^，。！？,.!?]{0,10}(回电|回个电话|回电话)/,
  /找人|叫人来|找个人|叫个人|给我找个人|跟人说|和人说|让人来|有人吗|有没有人(能|可以|在)|换个人/,
  // Whom to book a talk with: "能约谁聊一下我退休以后买房的贷款吗".
  /(约|预约)(谁|哪位)[^，。！？,.!?]{0,4}(聊|谈|讲|咨询)/,
  // "有人能接一下吗", "叫个能做主的来".
  /有人(能|可以)(接|帮我|处理|回|跟我)|(叫|找|让|换)(个|一个|一位)?(能做主|说了算|管事|负责)的/,
  // "能跟你们团队里的一位同事聊聊吗", "想和你们其中一位聊一下": one of the team, as "a chat with one of the team".
  /(跟|和|同|找)(你们|银行|贵行)?(的)?(一个|一位)?(真正|真实|真)?(的)?(人|客服|工作人员|员工)(谈|聊|说|沟通|通话|对话|交流)/,
  /(跟|和|同|找)(你们|银行|贵行)(的)?(团队里?的?(一个|一位)?|其中(一个|一位)?|一个|一位)(同事|人|客服)?(谈|聊|说|沟通|通话|对话|交流)/,
  // The person in charge asked for: "我想找一下你们网点负责人，谈谈…", "叫你们行长来", "能约支行主任聊聊吗".
  /(找|叫|要|见|联系|约|请)(一下|下)?(你们|贵行)?(的)?(网点|支行|分行|营业厅|银行|这边)?(的)?(负责人|行长|主任)(?!说|讲|告诉|让我|叫我|[^，。！？,.!?]{0,2}(签字|签名|盖章|审批))/,
  // A named member of staff asked to call back: "能让我开户行的理财经理回个电话吗", "麻烦您叫客户经理联系我".
  /(让|请(?!问)|麻烦(你|您)?|安排|叫)[^，。！？,.!?]{0,14}(客户经理|理财经理|经理|工作人员|客服|柜员|专员|顾问|同事)[^，。！？,.!?]{0,4}(给我|跟我|和我)?(回(个|一下)?电话|打(个|一个)?电话(给我)?|联系(一下)?我|回电)/,
  // A member of staff named first, then asked for by pronoun: "我的理财经理是小王 能帮我联系上她吗".
  /(客户经理|理财经理|专属经理|理财顾问|顾问|经理|柜员)[^。！？?]{0,16}(帮我|麻烦(你|您)?|请|能不能|能|可以|可不可以)[^。！？?]{0,4}(联系(上|到|一下)?|找(到|一下)?|约(一下)?)(他|她)(?!们)/,
  // Whoever handled it before: "我想找上次帮我办贷款的那位经理", "联系一下负责我这笔业务的人".
  /(找|联系|要找|想找)[^，。！？,.!?]{0,10}(负责|经办|办理|帮我办|给我办|经手)[^，。！？,.!?]{0,12}的(那个|那位|人|同事|经理|客户经理|柜员|小\p{Script=Han}|老\p{Script=Han})/u,
  // Someone who knows the matter: "有没有懂行的同事", "换个专业点的人来".
  /(有没有|找|叫|让|换|来)(个|一个|一位)?(懂行|懂业务|专业(点|一点)?|有经验|管这块|负责这块|懂这个|懂这块)的?(人|同事|员工|工作人员|客服|经理|老师|师傅)/,
];
const ZH_NOT = /人工智能|人工费/;
/**
 * One of the customer's own staff, told about ("有个员工换了工资卡", "我们店有个伙计下个月离职"): a small business's
 * employee in a story, not "有个员工吗" asked of the bank. Not one asked to be there, free or able to help. The
 * workers' pay (工人工资, 工人工钱) holds 人工 across two words.
 */
const ZH_OWN_STAFF_TOLD =
  /有(一?个|一位|两个|几个)(员工|同事|店员|伙计|工人|帮工)(?![^，。！？,.!?]{0,2}(在吗|在不在|在么|吗|么|能|可以|帮|有空|来))|工人(?=工(资|钱|时|费))/g;
/** A past row with staff is no ask for one ("昨天跟你们客服发了火", "在柜台跟人吵了一架"). */
const ZH_PAST_CLASH =
  /(跟|和|同|对)(你们的?|银行的?|网点的?)?(客服|工作人员|柜员|员工|经理|保安|人)[^，。！？,.!?]{0,3}(发(了|过)?(火|脾气)|吵|闹|急眼|红(了)?脸|争执|争吵|拍(了)?桌子)/g;
/**
 * A visit the customer plans in person ("下周想去网点找客户经理聊聊理财", "明天到支行找柜员办"): they will meet the
 * member of staff there, not asking this chat for one.
 */
const ZH_OWN_VISIT =
  /(去|到|来|上)(你们)?(的)?(附近的?|楼下的?|家门口的?)?(网点|支行|分行|营业厅|营业部|柜台|银行)[^，。！？,.!?]{0,6}(找|见|跟|和|同|问)[^，。！？,.!?]{0,4}(客户经理|理财经理|经理|柜员|工作人员|顾问|大堂经理)/g;
/**
 * What a member of staff said or did before, told as a report ("之前打过客服，人工说让我在app上改", "你们的工作人员打电话
 * 核实我的开户信息", "the agent said I could change it in the app", "got a callback from your fraud line"): the
 * customer met a person already and asks the assistant now, not for a person. Not an ask that names what the
 * person should say ("让人工跟我说", "叫客服给我打电话", "have an agent call me").
 */
const ZH_STAFF_REPORTED =
  /(?<!(让|叫|请|要|找|转|接|换|约|麻烦|安排)[^，。！？,.!?]{0,4})(人工客服|在线客服|人工|客服|工作人员|柜员|客户经理|理财经理|大堂经理|员工)(小姐姐|小哥|人员|专员)?(之前|上次|刚才|昨天|已经|当时)?(跟我|和我|给我|对我)?(说|讲|告诉|答复|回复|解释|建议|让我|叫我|打(了)?(个)?电话|来电|核实|确认|帮我(办|查|改|弄)(了|过))(?![^，。！？,.!?]{0,2}(一下|吗|么|呢|吧))/g;
const EN_STAFF_REPORTED =
  /\b(the|an|your|a|one of your|some) (agent|advisor|adviser|staff member|member of staff|teller|banker|person|lady|guy|man|woman|rep|representative|operator)\b( (on the phone|at the branch|at the counter|i spoke to|in the branch))? (said|told|says|mentioned|advised|recommended|suggested|explained|called|rang|phoned|confirmed)\b|\b(got|had|received|missed|returned|after) (a |the |your )?call ?back\b/g;
/**
 * A call back already promised, told as a report ("热线说会有专员回电，回过来的号码也是热线那个号吗", "they said someone
 * would call me back within the hour. Will it show as your main number?"): the customer waits for that call and
 * asks about it, not for a person now. Not an ask that names the call ("让专员给我回电", "have someone call me back").
 */
const ZH_CALLBACK_PROMISED =
  /(说|告诉我|答应|承诺|回复)(了|我)?(稍后|之后|晚点|过会儿?|马上|一会儿?|\d+\s*(小时|分钟|天)内)?(会|将)(有)?(专员|专人|人|客服|工作人员|客户经理|经理|同事)?[^，。！？,.!?]{0,6}(回电|回(个|一下)?电话|联系我|打(电话)?(过来|给我))/g;
const EN_CALLBACK_PROMISED =
  /\b(said|told me|(i )?(was|were|have been|'ve been|got) told|promised|confirmed)( that)? (someone|somebody|an agent|a person|a specialist|an adviser|an advisor|they|the team|a member of staff)( (from|in|on) (the |your )?[a-z]+( [a-z]+)? (team|department|desk|centre|center))? (would|will|'d|'ll) (call|ring|phone|get back to) (me )?(back)?\b/g;
/**
 * A message the customer received, quoted ("老年机老收到什么“您的账户异常请回电”", "a text saying "call us back
 * urgently""): its words are the sender's, not the customer's ask.
 */
const QUOTED_MESSAGE =
  /(收到|短信|消息|信息|写着|提示|弹出|来电说|说什么|什么|saying|says|said|reads|reading|text|message|sms)[^“"「『]{0,6}[“"「『][^”"」』]{1,40}[”"」』]/g;
/**
 * Whether a procedure needs a meeting ("Do I need to book an appointment with my relationship manager to…",
 * "is an appointment required to see an adviser"): a question about the procedure, not an ask for a person now.
 */
const EN_PROCEDURE_QUESTION =
  /\b(do|would|will|must|should) (i|we|you) (need|have) to (book|make|arrange|schedule|set up|get) (an? |the )?(appointment|meeting|slot)\b[^.?!]*|\bis (an|a) (appointment|meeting) (needed|necessary|required)\b[^.?!]*/g;
/** A declined ask: "没事了，不用转人工了", "all sorted, no need for an agent". */
const DECLINED =
  /(不用|不需要|无需|没必要|不必|用不着)(再)?(帮我|给我)?(转|找|叫|接)?(人工|真人|客服|工作人员)|\b(no need|don'?t need|do not need|won'?t need|not necessary)\b.{0,12}\b(for |to (talk|speak) to |to transfer me to )?(an? |the )?(agent|human|person|someone|staff|transfer)\b|\bno (agent|human|person|transfer) (needed|necessary)\b/;

const WHO =
  '(human|humans|person|people|agent|representative|rep|operator|someone|somebody|staff|staff member|member of staff|manager|supervisor|advisor|adviser|banker|teller|specialist|colleague|customer service|customer care|customer support|support|team|employee|anyone|anybody)';
const EN = [
  new RegExp(
    `\\b(talk|speak|chat|get through)\\s+(to|with)\\s+(a |an |the |some |your |one of your |one of the )?(real |live |actual |human |customer service |customer care |support )?${WHO}\\b`,
  ),
  new RegExp(
    `\\b(connect(ed)?|transfer(red)?|put|hand(ed)?|pass(ed)?|switch(ed)?|escalate(d)?|forward(ed)?|route(d)?)\\s+(me|this|it)?\\s*(through|over|on)?\\s*(to|with)\\s+(a |an |the |some |your )?(real |live |actual |human )?(${WHO}|live)\\b`,
  ),
  new RegExp(`\\b(get|give|find)\\s+me\\s+(a |an |some )?(real |live |actual )?${WHO}\\b`),
  /\b(get|have|find)\s+(a |an )(real |live |actual )?(human|agent|representative|operator|advisor|adviser)\b/,
  /\b(someone|somebody|a person|anyone|anybody|a human) (i can|to|who can) (talk|speak|chat)\b/,
  // British spelling too: "an actual adviser".
  /\b(real|live|actual) (person|persons|human|humans|agent|agents|representative|representatives|advisor|advisors|adviser|advisers|people|chat)\b/,
  /\bput me in touch with\b/,
  // A member of staff fetched to where the customer is: "can u get a staff member over", "send someone out to me".
  /\b(get|send|bring|fetch)\s+(me\s+)?(a|an|some|one of your|your|a real)\s+(staff member|member of staff|teller|banker|adviser|advisor|manager|person|human|employee|someone)\s+(over|here|out|down|across|to me|to the)\b|\b(send|get|bring|fetch) (someone|somebody|a person) (over|out|down|across)\b/,
  /\bhave (a|an|some|one of your) ?(person|agent|human|representative|advisor|staff member|banker)? ?(contact|call|ring|phone) me\b|\bhave someone (contact|call|ring|phone) me\b/,
  /\b(could|can|may|would) (a|an|one of your|your|some) (staff member|staff|employee|person|human|agent|representative|advisor|banker) (help|assist|contact|call|talk)/,
  /\b(a word|speak|talk|chat) with (a |an |one of your )?(staff member|employee|banker|advisor|adviser)\b/,
  /\b(talk|speak|chat) (to|with) (a |an |your )?(branch |bank |financial |mortgage )(advisor|adviser|manager|officer|staff)\b/,
  /\b(reach|contact|call) (a |an )?(customer (support|service|care)|support team|an agent|a human|a person|a representative)\b/,
  /\bhumans?\b(?! resources)/,
  /^(an? )?(agent|representative|rep|operator|person|advisor)( please| now| pls| asap)?[\s.!?]*$/,
  /\b(anyone|any humans?|anybody|someone|somebody) (there|here|available|real)\b/,
  // A member of staff free to come: "is there a staff member free?", "are any advisers available right now".
  /\b(is|are) (there )?(a |an |any |some |one of your )?(staff member|member of staff|staff|teller|banker|adviser|advisor|employee|agent|person|human)s? (free|available|around|about|on hand|on duty)\b|\b(anyone|anybody|someone|somebody) free\b/,
  /\b(customer service|customer care|support) (agent|rep|representative|staff)\b/,
  /\bcall me back\b|\b(a|get a|want a|like a|request a|arrange a) call ?back\b/,
  /\b(pass|put|transfer|connect|send|forward) (me )?(through )?to (the |your )?[\w ]{0,20}\b(team|department|desk|centre|center|section|unit)\b/,
  /\b(my|the) (relationship|account|personal|wealth|branch) (manager|banker|adviser|advisor)\b.{0,30}\b(contact|call|ring|get in touch|phone|see|speak|talk)|\b(contact|call|see|speak to|talk to|meet) (my|the) (relationship|account|personal|wealth|branch) (manager|banker|adviser|advisor)\b|\bappointment with (someone|somebody|a person|a real person|(a|an|my|the) (banker|adviser|advisor|member of staff|staff member))\b/,
  /\b(need|want|like|prefer|rather)\b.{0,20}\b(an? |the |your )?(agent|representative|operator|human|advisor|banker)\b/,
  /\bin person\b.*\b(speak|talk)\b|\b(speak|talk)\b.*\bin person\b/,
  // Whoever handles it: "someone who handles foreign exchange", "talk with whoever is handling my loan".
  /\b(someone|somebody|anyone|a person|the person|whoever|a specialist|an expert|a colleague)\b( who| that)?( is| can)?\s(handles?|handling|deals? with|dealing with|in charge of|responsible for|looks? after|help with)\b/,
  // A member of staff to call, visit or look: "can my banker visit me", "an adviser to ring me tomorrow",
  // "can a teller come over", "could someone at the counter confirm this".
  /\b(adviser|advisor|banker|teller|someone|somebody|a person|the person|staff|member of staff|staff member|manager|specialist|colleague)\b.{0,40}\b(ring|call|phone|visit|contact)\s+me\b/,
  /\b(could|can|may|would) (a|an|one of your|your|my|some) (teller|banker|adviser|advisor|manager|specialist|colleague|member of staff|staff member) (come|visit|ring|phone|call|check|look|confirm|help|see)\b/,
  /\b(could|can|would|need|want|like) (someone|somebody|a person|staff) (at|in|from) (the |your )?(counter|branch|desk|bank|team)\b/,
  /\bput me through\b(?=\s*(to\b|now\b|please\b|pls\b|asap\b|[.!?,]|$))|\b(get|put) (your |the |a )?(boss|manager|supervisor|superior|someone|somebody|\w+ ){1,6}on the (line|phone)\b/,
  /\b(queue|line|waiting list) for (a |an )?(agent|person|human|adviser|advisor|representative)\b|\b(tell|show) (a |an |one of your |your )?(staff member|member of staff|teller|banker|adviser|advisor|employee)\b/,
  /\b(video|call|meeting|chat)\b.{0,12}\b(with|to) (a |an |the |my )?(branch )?(teller|banker|adviser|advisor|member of staff|staff member|manager)\b|\b(anyone|anybody|someone|somebody) on duty\b/,
  // Someone able to act, asked for: "is there anyone who can actually do something", "somebody who will actually
  // fix this".
  /\b(anyone|anybody|someone|somebody|a person|a human)\b( there| at all| in your bank| at your bank)? (who|that) (can|could|will|would) actually\b/,
  // Someone at a named place: "a way to reach someone at my local branch", "can I ring somebody in the mortgage team".
  /\b(reach|contact|get hold of|get through to|speak to|talk to|call|ring|phone)\s+(someone|somebody|anyone|anybody|a person|a member of staff|staff|the staff|a human)\s+(at|in|from)\s+(my|the|your|our)\s+(local\s+|own\s+)?([\w-]+\s+){0,3}?(branch|office|team|department|desk)\b/,
  // Booking a meeting with a member of staff: "can I book in to see a relationship manager", "arrange a call with a
  // mortgage adviser".
  /\b(book|booking|arrange|schedule|set up|make)\s+(me\s+)?(in\s+|an appointment\s+|a meeting\s+|a call\s+|a time\s+|a slot\s+)?(to see|to meet|to speak (to|with)|with)\s+(a|an|my|the|one of your)\s+([\w-]+\s+){0,2}?(manager|banker|adviser|advisor|specialist|member of staff|staff member|planner|officer)\b/,
];

/** Asking for contact details ("客服电话是多少", "what's your customer service number"), not for a person now. */
const CONTACT =
  /(电话|号码|热线|邮箱|地址)(是)?(多少|什么|在哪)|(多少|什么)(电话|号码)|\b(phone )?(number|hotline|phone|email|e-mail|address)\b.{0,12}\?|\bwhat'?s (your|the) .{0,30}\b(number|hotline|email|address)\b/;

/** Lower case with typographic apostrophes made plain, as every pattern here expects. */
const plain = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").trim();

/** The customer says no person is needed ("没事了，不用转人工了", "all sorted, no need for an agent"). */
export function isDeclinedHumanRequest(text: string): boolean {
  return DECLINED.test(plain(text));
}

export function isContactQuestion(text: string): boolean {
  return CONTACT.test(plain(text));
}

export function isExplicitHumanRequest(text: string): boolean {
  const lower = plain(text);
  if (DECLINED.test(lower)) return false;
  // "他本人工行卡", "a banker's draft": a word for a person only by look (staff_word_look_alike.ts).
  // "跟理财经理买的那个理财…" / "I've booked a video appointment with an adviser, will they call me?": a person dealt
  // with before or already booked (product_bought_from_staff_before.ts, appointment_already_booked.ts).
  // "需要大堂经理签字吗，还是柜员就可以": who a procedure needs, asked about (staff_role_a_procedure_needs.ts).
  // "do I need to speak to anyone to close it, or can I do it here?": a person hoped to be done without
  // (person_needed_or_done_here_instead.ts).
  const unbooked = withoutPersonNeededOrDoneHereInstead(
    withoutStaffRoleAProcedureNeeds(
      withoutAppointmentAlreadyBooked(withoutProductBoughtFromStaffBefore(withoutStaffWordLookAlikes(lower))),
    ),
  ).replace(QUOTED_MESSAGE, ' ');
  // "昨天在手机银行申请了回电，一般多久能打过来", "I requested a callback through the app…": a callback already asked for,
  // its time asked about (callback_already_requested.ts).
  const unquoted = withoutCallbackAlreadyRequested(unbooked);
  // "能不能有个人给我讲讲", "can someone talk me through it?" (someone_to_explain_it.ts).
  if (asksForSomeoneToExplain(unquoted)) return true;
  // "…paying off my loan early, agent pls", "…，来个客服": a person asked for in a clause of its own (terse_ask_for_an_agent.ts).
  if (asksForAnAgentTersely(unquoted)) return true;
  // "转认工", "转人公吧": 转人工 typed with a homophone (agent_asked_for_with_a_typo.ts).
  if (asksForAnAgentWithATypo(unquoted)) return true;
  // "接线员在吗？？", "operator, are you there?"; "could I just ring someone? … a person at the other end?"
  // (staff_asked_whether_there.ts, a_person_on_the_phone_asked_for.ts).
  if (asksWhetherStaffAreThere(unquoted) || asksForAPersonOnThePhone(unquoted)) return true;
  // "…she doesn't trust screens, so please can we have a staff member", "Can I book a call with one of your staff?"
  // (staff_member_asked_to_be_had_or_called.ts).
  if (asksForAMemberOfStaffToBeHadOrCalled(unquoted)) return true;
  // "…before I fill anything in, can I talk with a relationship manager?", "能让信贷员给我打个电话吗": a member of staff named
  // by their role (a_member_of_staff_named_by_their_role_asked_for.ts).
  if (asksForAMemberOfStaffByTheirRole(unquoted)) return true;
  // "骗子用她号找人借钱": people asked for money in a story, not a person asked for (asking_people_for_money.ts).
  // "刚接到你们客服热线打来的电话" names who called, not a person asked for (call_from_the_bank_received.ts).
  // "你是机器人还是真人啊…哈哈。最近的网点在哪": the nature asked in jest beside a request (assistant_nature_asked_in_jest.ts).
  // "你是真人吗？算了不管了，帮我查下…", "比真人回得还快": the nature in passing before a request (assistant_nature_in_passing.ts).
  const zh = withoutAssistantNatureInPassing(
    withoutAssistantNatureAskedInJest(withoutCallFromTheBankReceived(withoutAskingPeopleForMoney(unquoted))),
  )
    .replace(ZH_PAST_CLASH, ' ')
    .replace(ZH_OWN_STAFF_TOLD, ' ')
    .replace(ZH_OWN_VISIT, ' ')
    .replace(ZH_STAFF_REPORTED, ' ')
    .replace(ZH_CALLBACK_PROMISED, ' ');
  if ((ZH.some((p) => p.test(zh)) || asksToSeeSomeoneInPerson(zh)) && !ZH_NOT.test(zh)) return true;
  const en = withoutAssistantNatureInPassing(withoutAssistantNatureAskedInJest(unquoted))
    .replace(EN_PROCEDURE_QUESTION, ' ')
    .replace(EN_STAFF_REPORTED, ' ')
    .replace(EN_CALLBACK_PROMISED, ' ');
  // "can I get a ticket to see someone at enquiries" (seeing_someone_in_person.ts).
  return EN.some((p) => p.test(en)) || asksToSeeSomeoneInPerson(en);
}
