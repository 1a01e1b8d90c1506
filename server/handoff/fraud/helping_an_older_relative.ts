/**
 * A son, a daughter or a grandchild helping an older relative with the relative's own routine banking, told in
 * their own words: "I'm helping my nan, she wants to know if her pension went in, I'm on her account as her
 * attorney", "my dad asked me to help him set up Zelle so he can pay his lawn guy, I'm his son, I'm here with him",
 * "我陪我妈来的 她八十了 问问她的养老金这个月到了没". The trained model learned an elder, a second person and money from
 * scam stories told about parents (a caller, a new friend, a "safe" account) and reads these 0.9 to 0.95; with
 * nobody else's voice in the message the model's fraud alarm stands only when it is all but certain
 * (`../handoff_policy.ts`).
 *
 * Not when anyone else is in the story (a caller, a message, a stranger, a friend met online), or a code, a
 * password, cash to hand over, gift cards, crypto, an investment, a prize, the police or haste is in it.
 */

const RELATIVE_ZH = String.raw`(我)?(爸|妈|爸爸|妈妈|父亲|母亲|老爸|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳父|岳母|老父亲|老母亲|老人家|老人)`;
const RELATIVE_EN = String.raw`(dad|father|mum|mom|mother|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|koro|kuia|nonna|nonno|parents?|father-in-law|mother-in-law)`;

/** The customer is there to help the older relative. */
const HELPING = new RegExp(
  [
    String.raw`(帮|陪|替|代|带)${RELATIVE_ZH}`,
    String.raw`我是(他|她)(的)?(儿子|女儿|闺女|孙子|孙女|外孙|外孙女|儿媳|女婿)`,
    String.raw`\b(helping|help|assisting|here with|in with|came in with|come in with|sorting out)( out)? (my |our )${RELATIVE_EN}\b`,
    String.raw`\b(my |our )${RELATIVE_EN} (asked|wants|wanted|needs|got) me to help\b`,
    String.raw`\bi'?m (his|her|their) (son|daughter|grandson|granddaughter|carer|caregiver|attorney|agent|nominee)\b`,
    String.raw`\b(got|has|put) me (down )?(as|on) (his|her|their) (agent|attorney|nominee|account|representative|carer)\b`,
  ].join('|'),
  'u',
);

/** The relative's own routine business: a pension or a benefit paid in, a bill, a payee, online banking. */
const ROUTINE = new RegExp(
  [
    String.raw`养老金|退休金|社保|低保|补贴|工资|存折|余额|流水|手机银行|网银|水费|电费|燃气费|物业费|话费|自动扣|代扣|挂失`,
    String.raw`\b(pension|super|superannuation|benefits?|social security|allowance|balance|statement|online banking|banking app|app|zelle|direct debit|standing order|payee|bills?|rates|lawn|gardener|cleaner|rent)\b`,
  ].join('|'),
  'u',
);

/** Anyone else's voice, or the marks of a scam. */
const ANOTHER_VOICE = new RegExp(
  [
    String.raw`有人|对方|自称|冒充|陌生|打电话|打来|来电|电话里|短信|微信|qq|私信|链接|验证码|密码(?!器)|安全账户|投资|理财|网上认识|网友|中奖|公安|警察|法院|检察|快递|上门|现金|急|马上|赶紧|转给|朋友|男朋友|女朋友|老师|保健品|讲座`,
    String.raw`\b(someone|somebody|stranger|caller|called|rang|phoned|texted|messaged|emailed|email|message|whatsapp|(a|the|this|that) link|click\w*|code|password|safe account|secure account|gift cards?|crypto|bitcoin|invest\w*|lottery|prize|won|police|tax office|irs|hmrc|customs|courier|collect\w*|cash|urgent\w*|asap|right away|friend|boyfriend|girlfriend|met online|(a|the) (man|woman|guy|lady|bloke|chap|gentleman))\b`,
  ].join('|'),
  'u',
);

/** Whether a lower-cased message is a relative's help with an older relative's own routine banking. */
export function isHelpingAnOlderRelative(lower: string): boolean {
  return HELPING.test(lower) && ROUTINE.test(lower) && !ANOTHER_VOICE.test(lower);
}
