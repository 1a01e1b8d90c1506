/**
 * A question how to reach the bank: its hotline, customer-service number or other ways in ("你们客服电话多少",
 * "客服热线是多少", "怎么联系你们银行", "what's your hotline number", "how can I contact the bank"). No intent covers
 * it: "what's your hotline number" started the queue_ticket flow ("number"), "你们客服电话多少" was heard as an ask
 * for a person (the handoff vetoes that as a contact question and gave a one-line reply), "客服电话是多少" got the
 * card-activation article. The article `contact_channels` is the answer (where the official numbers are printed,
 * chat with a person in the app, branches, which numbers never to trust).
 *
 * Not taken: the customer's own number ("我的预留手机号是多少", "change my phone number"), a branch's address, a
 * line that does not answer ("客服电话打不通", "nobody picks up": a complaint the handoff hears), an ask for a
 * person ("转人工", "I want to talk to a person"), a lost card to report (its article), or a number someone
 * called or texted from ("95xxx是你们的客服电话吗", "someone called me from your number": a scam check).
 */

/** The article that answers these questions (knowledge/<locale>/contact_channels.md). */
export const CONTACT_ARTICLE = 'contact_channels';

/** The bank's line named: 客服电话 / 热线 / 你们的电话 / 官方号码 / 联系方式. */
const ZH_LINE =
  /(?:客服|服务|人工客服|在线客服|银行|你们|贵行|沙盒银行|沙盒|信用卡|官方|官网|24小时|全国|总行|反诈)(?:的)?(?:热线|电话号码|电话(?!银行)|号码|专线|联系电话|联系方式)|热线|客服号|联系方式|联系电话/u;
/** Asked for: how much / what / where / is there one. */
const ZH_ASKED =
  /多少|是什么|是啥|啥|哪个|几号|哪里|哪儿|在哪|怎么(?:打|拨|找|查|联系)|如何|有没有|有吗|吗|呢|[?？]|给我|告诉我|发我|想要|要一下|查一下|知道/u;
/** "怎么联系你们", "如何联系银行", "联系客服的方式". */
const ZH_HOW_TO_REACH =
  /(?:怎么|怎样|如何|咋|要怎么|从哪|去哪)(?:才能)?(?:联系|联络|找到|打给)(?:上)?(?:你们|银行|贵行|沙盒银行|沙盒|客服)|(?:联系|联络)(?:你们|银行|贵行|沙盒银行|客服)(?:的)?(?:方式|渠道|途径|办法)/u;
/**
 * Not a question for the number: one's own registered number or contact details to change, a line that does
 * not answer, a complaint, a lost card, or a call or text someone had (digits, 自称 / 冒充 / 打来 / 收到短信 /
 * "银行电话说…").
 */
const ZH_NOT =
  /预留|我的(?:手机|电话|号码|联系)|绑定的?(?:手机|号码)|注册的?(?:手机|号码)|登记的?(?:手机|号码)|修改|更改|更新|变更|改(?:手机|电话|号|联系)|换(?:手机|电话)号|打不通|打不进|没人接|无人接|不接|占线|一直忙|接不通|难打|打了.{0,6}(?:没人|不通|半天)|等了|排队|投诉|挂失|(?:卡|存折|钱包).{0,3}(?:丢|被偷)|丢了.{0,3}(?:卡|存折|钱包)|吞卡|自称|冒充|打来|来电|接到|给我打(?:了)?电话|打给我|收到.{0,6}(?:短信|电话)|电话(?:里)?(?:说|通知|告诉)|\d{5,}/u;

const EN_LINE =
  /\b(?:(?:what'?s|what is|give me|tell me|send me) your (?:phone |telephone |contact |service |customer service )?number|hotline|helpline|help line|phone number|telephone number|contact number|contact details|contact info(?:rmation)?|customer (?:service|care|support) (?:number|line|phone)|service number|support number|number (?:to|i can|should i|do i) (?:call|ring|phone)|call cent(?:re|er)|phone line|telephone line|credit card line)\b/i;
const EN_ASKED =
  /\?|\b(?:what|what'?s|whats|which|where|how|give me|tell me|send me|need|looking for|find|get|is there|do you have|have you got)\b/i;
/** "how can I contact the bank", "how do I get in touch with you", "ways to reach Sandbox Bank". */
const EN_HOW_TO_REACH =
  /\b(?:how|where|ways?)\b.{0,20}\b(?:contact|reach|get in touch with|get hold of|call|ring|phone)\s+(?:you|you guys|the bank|your bank|sandbox bank|sandbox|your customer service|customer service|your support|your hotline)\b(?!\s*(?:about|to|for))/i;
/** The customer's own number, a line nobody answers, a lost card, or a number someone called from. */
const EN_NOT =
  /\bmy (?:phone|mobile|cell|registered|own|new|old) (?:number|no)\b|\bmy number\b|\b(?:change|update|register|registered|verify)\b.{0,15}\b(?:number|phone)\b|can'?t get through|cannot get through|no ?one (?:answers|picks up|is answering)|nobody (?:answers|picks up)|(?:keeps|kept) ringing|on hold|engaged|busy|\blost (?:my |the |a )?(?:bank |debit |credit )?(?:card|wallet|passbook|purse)\b|\b(?:card|wallet|passbook|purse) (?:was |is |got |has been )?(?:lost|stolen)\b|\bstolen\b|swallow|\bcomplain|called me|rang me|phoned me|texted me|text(?:ed)? from|sms from|message from|got a call|received a call|claim(?:s|ed|ing)? to be|is this (?:your|a real|really)|\d{5,}/i;

export function asksForContactDetails(text: string): boolean {
  const lower = text.replace(/[’‘]/g, "'");
  const zh =
    !ZH_NOT.test(text) && ((ZH_LINE.test(text) && ZH_ASKED.test(text)) || ZH_HOW_TO_REACH.test(text));
  const en =
    !EN_NOT.test(lower) && ((EN_LINE.test(lower) && EN_ASKED.test(lower)) || EN_HOW_TO_REACH.test(lower));
  return zh || en;
}
