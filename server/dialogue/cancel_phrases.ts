/**
 * Colloquial ways of calling something off, in both locales: "算了不转了", "不用了谢谢", "那就先不办了吧",
 * "nah forget it", "never mind, thanks", "nvm", "scratch that", "I don't want to send it anymore". Matched on
 * the whole message: fillers in front ("那", "还是", "oh", "actually"), politeness behind ("谢谢", "吧",
 * "thanks", "then") and one or more cancel cores in between. Anything else in the message keeps it from being
 * a cancel, so a correction ("算了，转300吧"), a question ("不用短信验证可以吗", "can I cancel a transfer?") or
 * another request ("取消挂失", "cancel my card") is not read as one. A cancel may name what it calls off
 * ("取消预约", "cancel my appointment"); whether that is the flow running now is the flow engine's question
 * (flows/cancel_target.ts).
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

const ZH_LEAD = alt([
  '哎',
  '唉',
  '嗯',
  '呃',
  '额',
  '哦',
  '噢',
  '啊',
  '那',
  '那就',
  '那还是',
  '还是',
  '要不',
  '要不然',
  '我看',
  '我觉得',
  '其实',
  '不好意思',
  '抱歉',
  '对不起',
  '这笔(?:转账|钱)?',
  '这个',
  '今天',
]);
const ZH_TAIL = alt([
  '吧',
  '了',
  '啦',
  '啊',
  '呀',
  '哈',
  '哦',
  '嘛',
  '谢谢(?:你|您|啦)?',
  '多谢',
  '麻烦(?:你|您)?了',
  '好了',
  '先这样',
  '就这样',
]);
/** What one calls off: "不<verb>了" takes these. */
const ZH_VERB = alt([
  '转账',
  '转钱',
  '转',
  '汇款',
  '汇',
  '办理',
  '办',
  '弄',
  '搞',
  '做',
  '缴费',
  '交费',
  '缴',
  '交',
  '付款',
  '付',
  '查询',
  '查',
  '问',
  '预约',
  '挂失',
  '冻结',
  '解冻',
  '取号',
  '排队',
  // 不排了 (a queue ticket), 不约了 (a booking)
  '排',
  '约',
  '操作',
  '继续',
  '要',
  '用',
  '需要',
]);
const ZH_OBJECT = alt([
  '这笔',
  '这次',
  '这个',
  '转账',
  '汇款',
  '交易',
  '操作',
  '业务',
  '办理',
  '缴费',
  '预约',
  '申请',
]);
const ZH_CORE = alt([
  '算了',
  // 取消 / 取消吧 / 帮我取消这笔转账 / 我要取消 / 取消明天的预约
  `(?:帮我|给我|我要|我想|请)?取消(?:掉|一下)?(?:(?:我的|那个|之前的|[今明后]天的)?${ZH_OBJECT})*`,
  // 不转了 / 我不想转了 / 先不办了 / 暂时不需要了 / 不用转了
  `我?(?:就|先|暂时|还是)?不(?:想|打算|用|需要|要|必)?再?${ZH_VERB}(?:了|啦)`,
  // 不挂了 / 先不挂了 (a loss report); not "别挂了", which may be "don't hang up"
  '我?(?:就|先|暂时|还是)?不(?:想|打算|用|需要|要|必)?再?挂(?:了|啦)',
  // 不用 / 不需要 / 不必 / 不要 (a plain "no need")
  '(?:我)?(?:暂时|先)?(?:不用|不需要|不必|不要)',
  '(?:先)?不了',
  `别再?${ZH_VERB}?(?:了|啦)`,
  '没事(?:了|啦)?',
  '没关系',
  '放弃(?:了)?',
  '不干了',
  '(?:改天|下次|以后|回头)(?:再说|再办|再弄|再来)?',
  '再说',
]);
const ZH = new RegExp(`^(?:${ZH_LEAD} ?)*(?:${ZH_CORE} ?(?:${ZH_TAIL} ?)*)+$`, 'u');

const EN_LEAD = alt([
  'oh',
  'ah+',
  'u+m+',
  'uh+',
  'er+m?',
  'h+m+',
  'well',
  'actually',
  'ok',
  'okay',
  'alright',
  'right',
  'nah',
  'no',
  'nope',
  'so',
  'just',
  'please',
  'sorry',
  'wait',
  'yeah',
  'then',
  'i think',
  'you know what',
  'on second thoughts?',
  'lets just',
  'please just',
]);
const EN_TAIL = alt([
  'thanks',
  'thank you',
  'thx',
  'please',
  'then',
  'anyway',
  'anyways',
  'for now',
  'after all',
  'instead',
  'mate',
  'ok',
  'okay',
  'sorry',
  'its fine',
  'thats fine',
  'im good',
  'all good',
  'no worries',
]);
const EN_THING = '(?:it|that|this|everything|all of it|all that|the whole thing)';
const EN_ACT = '(?:transfer|payment|request|booking|appointment|order|transaction|(?:queue )?ticket|queue)';
/** "I'm done": a cancel, but not a sure one alone (`onlySaysDone`). */
const DONE = String.raw`(?:im|i am) (?:done|finished)(?: with (?:it|this|that|this one))?(?: here)?`;
const EN_CORE = alt([
  `cancel(?: ${EN_THING}| (?:the|this|that|my|our) ${EN_ACT})?`,
  `(?:never ?mind|nvm|nvmd)(?: ${EN_THING})?`,
  `forget (?:about )?(?:${EN_THING}|i asked|(?:the|my) ${EN_ACT})`,
  '(?:i |ive |i have )?changed my mind',
  `(?:i )?(?:dont|do not) (?:want|need) (?:${EN_THING}|to (?:do (?:it|this|that)|transfer|send|pay|queue|book|continue|proceed|go ahead)(?: (?:it|that|this|money|the money|the payment))?)(?: any ?more| now| after all)?`,
  `(?:dont|do not) (?:do|send|transfer|pay)(?: ${EN_THING}| the (?:money|${EN_ACT})| anything)?`,
  `stop(?: ${EN_THING}| the ${EN_ACT})?`,
  'quit',
  'abort',
  `(?:scrap|scratch|drop|skip) ${EN_THING}`,
  'leave it',
  'let it go',
  'lets not',
  'lets leave it',
  'not now',
  'maybe later',
  '(?:some )?other time',
  'another time',
  'ill pass',
  'ill leave it',
  'ill do it later',
  'no need(?: any ?more| now)?',
  // "nah forget it im done"; alone, not at a read-back (`onlySaysDone`)
  DONE,
  'no thanks',
  'no thank you',
  'dont bother',
  '(?:im )?not interested',
  'i give up',
]);
const EN = new RegExp(`^(?:${EN_LEAD} )*(?:${EN_CORE} ?(?:${EN_TAIL} ?)*)+$`);

/**
 * Recent plainWords results: some twenty checks of one turn each ask for the same message's plain words,
 * so the last few are kept (strings, nothing to share by mistake; the whole memo goes when full).
 */
const recentPlainWords = new Map<string, string>();
const RECENT_PLAIN_WORDS = 64;

/** Lower case, apostrophes dropped ("don't" -> "dont"), punctuation to single spaces. */
export function plainWords(text: string): string {
  const known = recentPlainWords.get(text);
  if (known !== undefined) return known;
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[\s,.!?;:"，。！？；：、~～…·\-—()（）【】「」“”]+/g, ' ')
    .trim();
  if (recentPlainWords.size >= RECENT_PLAIN_WORDS) recentPlainWords.clear();
  recentPlainWords.set(text, plain);
  return plain;
}

/** The plain words are a cancel. */
function matchesCancel(s: string): boolean {
  return s.length > 0 && s.length <= 60 && (ZH.test(s) || EN.test(s));
}

/** The plain words are a cancel only by "I'm done" ("ok im done", "im done thanks"). */
function onlyDoneIn(s: string): boolean {
  const left = s.replace(new RegExp(`(?:^| )${DONE}(?= |$)`, 'g'), ' ').trim();
  return left !== s && !matchesCancel(left);
}

/**
 * A cancel only by "I'm done" ("ok im done", "I'm done, thanks"). At a flow's prompt it calls the flow off; at
 * a read-back it may mean "that's all, go ahead", and with nothing running it is the end of the conversation
 * (nothing_more.ts), not a plain "no". "nah forget it im done" is a cancel anywhere.
 */
export function onlySaysDone(text: string): boolean {
  const s = plainWords(text);
  return matchesCancel(s) && onlyDoneIn(s);
}

/** The whole message calls off what is going on (a running flow, a pending confirmation). */
export function isCancelPhrase(text: string): boolean {
  return matchesCancel(plainWords(text));
}
