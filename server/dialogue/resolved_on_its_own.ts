/**
 * A message that says the matter sorted itself out or is no longer needed, and nothing else: "never mind, I
 * found it", "oh never mind, it's there now", "figured it out", "it worked after all", "all good now",
 * "never mind, I'll do it myself at the branch", "算了，找到了", "没事了，已经好了", "哦到账了，没事了",
 * "我自己弄好了", "算了，我自己去网点办吧". The handoff model learnt "never mind" / "算了" from angry give-ups
 * and reads these as frustrated (0.88 for "never mind, I found it"); the customer is done, not upset.
 *
 * Read clause by clause (split at punctuation): every clause must be either a resolution ("found it", "到账了",
 * a plan to do it at the branch or in the app) with fillers around it ("oh", "never mind", "算了", "thanks",
 * "谢谢"), or fillers alone; at least one clause is a resolution. Anything else in the message keeps it from
 * being one, so an insult ("never mind, you're useless"), a threat to leave ("I'll just go to another bank",
 * "我去别的银行办"), a complaint, a wait ("it's there now but I waited three days"), resignation ("I'll sort it
 * out myself like always", "我也不指望今天能弄好了") or a question ("is it there now?", "到账了吗") is read as
 * before. Sorting it out oneself with no place named ("I'll sort it myself") is resignation, not a plan.
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** Fillers that may stand before or after a resolution, or make up a clause of their own. */
const EN_FILLER = alt([
  'oh+',
  'ah+',
  'aha',
  'ok',
  'okay',
  'k',
  'oops',
  'whoops',
  'sorry',
  'sorry (?:to bother you|for the trouble|about that|for bothering you)',
  'my (?:bad|mistake)',
  'actually',
  'wait',
  'hold on',
  'never ?mind',
  'nvm',
  'no worries',
  'no need',
  'no need to (?:check|look|worry)',
  '(?:dont|do not) worry',
  'its (?:ok|okay|fine)',
  'no problem',
  'ignore (?:that|me|this|my last (?:message|question))',
  'please ignore',
  'forget (?:it|that)',
  'scratch that',
  'panic over',
  'false alarm',
  'h+a(?:ha)+',
  'lol',
  'phew',
  'right',
  'yes',
  'yep',
  'yeah',
  'cool',
  'perfect',
  'well',
  'u+m+',
  'h+m+',
  'so',
  'thanks(?: anyway| a lot| so much| for (?:your|the) help)?',
  'thank you(?: anyway| so much| for (?:your|the) help)?',
  'cheers',
  'thx',
  'ty',
  'then',
  'anyway',
  'after all',
  'in the end',
  'now',
  '[😊👍🙏😄😀😁]',
]);

/** What can turn up, be found or work again. */
const EN_THING = alt([
  'it',
  'that',
  'this',
  'they',
  'them',
  'everything',
  '(?:the|my) (?:money|payment|transfer|refund|deposit|salary|wages|funds|cash|code|otp|sms|text|message|email|card|statement|balance|button|option|setting|page|menu|tab|link|form|app)',
]);
const EN_STATE = alt([
  'there',
  'in',
  'through',
  'here',
  'showing',
  'showing up',
  'visible',
  'working',
  'working again',
  'works',
  'worked',
  'sorted',
  'fixed',
  'resolved',
  'gone through',
  'come through',
  'come in',
  'came through',
  'came in',
  'went through',
  'arrived',
  'landed',
  'cleared',
  'appeared',
  'showed up',
  'shown up',
  'turned up',
  'popped up',
  'updated',
  'loaded',
  'fine',
  'ok',
  'okay',
]);
/** Not "again": "it's showing again" may be the error. */
const EN_WHEN = alt(['now', 'after all', 'in the end', 'this time', 'already', 'just now']);
/** Where the customer will do it themselves: the bank's own channels, never "another bank". */
const EN_PLACE = alt([
  '(?:at|in|on|via|through|from|with|using) (?:the |a |my |your )?(?:local |nearest |nearby )?(?:branch|app|atm|counter|website|site|online banking|internet banking|mobile banking|banking app|mobile app|machine|teller)',
  'online',
  'in person',
  'in branch',
]);
const EN_LATER = alt([
  'tomorrow',
  'later',
  'today',
  'tonight',
  'this (?:afternoon|evening|week|weekend)',
  'next week',
  'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)',
  'then',
  'instead',
]);
const EN_RESOLUTION = alt([
  // "I found it", "found the button", "ive just found what i was looking for", "i can see it now"
  `(?:i |ive |i have |just |finally |actually )*(?:found|spotted|located) (?:${EN_THING}|what i (?:was looking for|needed|wanted))(?: myself)?(?: ${EN_WHEN})?`,
  `(?:i )?(?:can )?see (?:${EN_THING}) now`,
  'got it(?: now| working| sorted| done| to work)?',
  // "figured it out", "I sorted it out myself", "managed to fix it"
  `(?:i |ive |i have |we |weve |just |finally |actually )*(?:figured|worked|sorted|fixed|solved|sussed|cracked) (?:${EN_THING})(?: out)?(?: myself| by myself| on my own)?(?: ${EN_WHEN})?`,
  '(?:i |finally |just )*(?:managed|figured) (?:it )?(?:out )?(?:to (?:do|fix|sort|find|finish|log in|get in)(?: it| that| this)?(?: out)?)?(?: myself| by myself| on my own)?',
  '(?:i |just |finally )*(?:logged|got) in(?: now| fine| ok| okay)?',
  'im in(?: now)?',
  // "it's there now", "the money just came in", "it worked after all", "that worked"
  `${EN_THING}(?:s| is| has| has been| have| are|re)? (?:(?:now|just|finally|already|all) )*${EN_STATE}(?: ${EN_WHEN})*`,
  // "all good now", "all sorted", "sorted now", "problem solved"
  `(?:its |were |im |everythings |everything is )?all (?:good|sorted|fine|done|set|working|ok|okay)(?: ${EN_WHEN})?`,
  '(?:good|sorted|fine|ok|okay|working|fixed|resolved|done) now',
  'problem solved',
  'panic over',
  'false alarm',
  // "I don't need it anymore", "not needed now"
  '(?:i )?(?:dont|do not|no longer) need (?:it|that|this|help(?: with (?:it|that|this))?|to (?:do|check) (?:it|that|this))(?: any ?more| now| after all)?',
  '(?:its |it is )?not needed(?: any ?more| now)?',
  // "I'll do it myself at the branch", "I'll pop into the branch tomorrow", "I'll do it in the app"
  `(?:ill|i will|i can|id better|i should)(?: just| probably| simply)? (?:(?:do|sort|handle|deal with|check|pay|send|transfer|change|update|fix|try|finish) (?:it|that|this|them)(?: out)?(?: myself| on my own)? ${EN_PLACE}|(?:go|pop|head|drop|stop|call|nip) (?:in|into|by|over|round|down)?(?: to)? (?:the |a |my )?(?:local |nearest |nearby )?branch)(?: ${EN_LATER})?`,
]);

const EN_CLAUSE = new RegExp(`^(?:${EN_FILLER} )*${EN_RESOLUTION}(?: ${EN_FILLER})*$`, 'u');
const EN_FILLERS = new RegExp(`^${EN_FILLER}(?: ${EN_FILLER})*$`, 'u');

const ZH_FILLER = alt([
  '哦',
  '噢',
  '喔',
  '啊',
  '哎呀?',
  '诶',
  '欸',
  '嗯',
  '呃',
  '额',
  'ok',
  '好的',
  '好吧',
  '好了',
  '行',
  '算了',
  '没事',
  '没事了',
  '没关系',
  '不用了',
  '不用(?:帮我)?(?:查|管|处理|麻烦(?:你|您)?)了',
  '不需要了',
  '不好意思',
  '抱歉',
  '哈',
  '嘿嘿',
  '原来',
  '刚才',
  '刚刚',
  '谢谢(?:你|您|啦|了)?',
  '多谢',
  '感谢',
  '打扰了',
  '麻烦(?:你|您)?了',
  '辛苦了?',
  '忽略(?:就行|就好|吧|即可)?',
  '吧',
  '啦',
  '呀',
  '呢',
  '了',
  '[😊👍🙏😄😀😁]',
]);

/** "那个转账问题", "刚才的事": the matter the resolution is about. */
const ZH_TOPIC =
  '(?:刚才|刚刚|之前|上面)?(?:那个|的)?(?:转账|汇款|登录|验证码|密码|银行卡|卡|钱)?(?:的)?(?:问题|事儿?|事情)';
const ZH_FOUND_WHAT = '(?:入口|按钮|地方|位置|页面|菜单|选项|那个|这个|在哪(?:儿|里)?|那笔|记录|账单|钱)';
const ZH_RESOLUTION = alt([
  // "找到了", "我找到入口了", "看到了"
  `我?(?:已经|终于|刚刚?|刚才|自己)*(?:找到|找着|看到|看见|翻到)(?:了${ZH_FOUND_WHAT}?|${ZH_FOUND_WHAT}了)`,
  // "到账了", "钱到了", "验证码收到了", "刚退回来了" (not "转出去了": a scam victim says that of money gone)
  '(?:钱|款|工资|退款|那笔钱|那笔|这笔钱|这笔|转账|汇款|验证码|短信|余额|记录)?(?:已经|刚刚?|刚才|终于|现在|也)*(?:到账|到|收到|进来|回来|退回来|退回|显示出来|显示|出来|有|上账|入账|转成功)了',
  // "我自己弄好了", "搞定了", "现在能登录了", "已经好了"
  `${ZH_TOPIC}?我?(?:自己|已经|现在|又|终于|都|也)*(?:弄好|搞好|搞定|解决|处理好|办好|修好|改好|设置好|弄明白|搞明白|搞懂|弄懂|明白|恢复正常|能用|可以用|能登|能登录|能转|可以转|登上|登进去|登录上|登录成功|转成功|正常)(?:了|啦)`,
  `${ZH_TOPIC}?(?:已经|现在|又|终于|都|也)+(?:好|可以|成功|通过|没问题|恢复)(?:了|啦)`,
  '没事了',
  '没问题了',
  // "刷新一下就出来了"
  '(?:刷新|重启|重新打开|退出重进|重新登录|更新)(?:了)?(?:一下|下)?(?:就|又)?(?:好|出来|有|显示|正常|可以|能用)了',
  // "原来是我看错了"
  '(?:原来|是)*我?(?:自己)?(?:看错|点错|搞错|弄错|输错|记错|看漏)了',
  // "我自己去网点办吧", "我明天去柜台办一下", "我在手机银行上弄就行": the bank's own channels, never "别的银行"
  '我?(?:还是|就|直接)?(?:自己)?(?:明天|回头|改天|晚点|晚些|等会儿?|待会儿?|下午|周末|有空)?(?:再)?(?:去|到)(?:网点|柜台|营业厅|银行网点|附近网点|附近的网点|支行)(?:办|弄|处理|问|问问|看看|办理|咨询)(?:一下)?(?:吧|好了|就行)?',
  '我?(?:还是|就|直接)?(?:自己)?(?:在|用|去)(?:app|手机银行|网银|网上银行|微信银行|atm|柜员机)(?:上|里)?(?:办|弄|操作|处理|转|查|看)(?:一下)?(?:吧|就行|好了)?',
]);

const ZH_CLAUSE = new RegExp(`^${ZH_FILLER}*${ZH_RESOLUTION}${ZH_FILLER}*$`, 'u');
const ZH_FILLERS = new RegExp(`^${ZH_FILLER}+$`, 'u');

/** A question ("is it there now?", "到账了吗") asks whether it is sorted; it does not say so. */
const QUESTION = /[?？]|[吗么嘛]/u;
/** Shouting ("FOUND IT!!!") is left to the sentiment rules, which read it as anger. */
const SHOUTING = /[!！].*[!！]/u;
const shouted = (text: string): boolean => {
  const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
  const upper = text.match(/[A-Z]/g)?.length ?? 0;
  return SHOUTING.test(text) || (letters >= 6 && upper / letters > 0.7);
};
/** Longer messages say more than that the matter is settled. */
const MAX_LENGTH = 100;

/** Lower case, apostrophes dropped ("it's" -> "its"), split into clauses at punctuation, spaces single. */
function clauses(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[,.!;:，。！；：、~～…\n]+|\s+[-—]+\s+/u)
    .map((c) => c.replace(/[\s"“”()（）]+/gu, ' ').trim())
    .filter((c) => c.length > 0);
}

type Clause = 'resolution' | 'filler' | 'other';

function kindOf(clause: string): Clause {
  const han = clause.replace(/ /g, '');
  if (EN_FILLERS.test(clause) || ZH_FILLERS.test(han)) return 'filler';
  if (EN_CLAUSE.test(clause) || ZH_CLAUSE.test(han)) return 'resolution';
  return 'other';
}

/** The whole message says the matter resolved itself or is no longer needed, and nothing else. */
export function isResolvedOnItsOwn(text: string): boolean {
  if (text.length > MAX_LENGTH || QUESTION.test(text) || shouted(text)) return false;
  const kinds = clauses(text).map(kindOf);
  return kinds.includes('resolution') && kinds.every((k) => k !== 'other');
}
