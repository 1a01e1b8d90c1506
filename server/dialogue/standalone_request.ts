/**
 * Whether a clause cut from a message (`clause_joints.ts`) reads as a request of its own, so that what the
 * intent model and the knowledge base make of it alone means something. Cut from its message, a clause that
 * leans on the other ("lock it please", "can we move it", "what now", "help", "帮我看看", "里面还有钱咋办") or
 * only sets the scene ("I'm at the branch", "新办了个号", "卡刷爆了") is read as whatever it resembles: the
 * intent model is confident about fragments too ("两百" heard as a transfer, "想买点" as wealth products).
 *
 * Every clause must name its own subject: no pronoun pointing at the rest ("it", "them", "that", "one";
 * 它, 这个, 那张) and no bare cry for help. A clause after a joining word ("还有", "顺便", "and also") may be
 * short ("顺便问下汇率", "and the USD rate"); one cut at punctuation alone must be longer and phrased as a
 * question or a request ("你们几点关门", "where is the nearest branch", "帮我查下余额").
 */

/** Pronouns and words that point back at the rest of the message. */
const EN_POINTING =
  /\b(?:it|its|it's|itself|them|they|their|this|that|these|those|one|ones|he|she|him|her|his|hers|same|another|instead|here)\b/i;
const ZH_POINTING = /[它他她]|[这那](?:个|张|笔|些|种|样|里|儿|边|位|份|次|件|款|家)|上面|刚才|里面|同样/u;
/** A clause that only asks what to do, or for help, about what the rest says. */
const BARE_PLEA =
  /^(?:what now|now what|what next|what should i do|what do i do|what can i do|help(?: me)?|please help|怎么办|咋办|怎么弄|咋弄|怎么处理|怎么搞|救命|帮帮我|急|急急急)[?？!！]*$/iu;

const EN_QUESTION =
  /\?$|^(?:what|what's|whats|how|when|where|which|who|why|can|could|do|does|did|is|are|was|were|will|would|should|may|any)\b/i;
const EN_REQUEST =
  /^(?:please|pls|kindly|i want|i'd like|i would like|i need|i wanna|help me|let me|tell me|show me|give me|check|freeze|block|unfreeze|unblock|transfer|send|pay|open|close|cancel|book|find|get me|report|change|reset|activate|lock|unlock|apply|top up)\b/i;
const ZH_QUESTION =
  /[吗呢么？?]$|什么|啥|怎么|怎样|咋|多少|(?<![好十几了])几[点时天个号月年]|哪|是否|能不能|可不可以|能否|有没有|要不要|会不会|是不是|多久|多长/u;
/** Asking words, and verbs that start a request ("查余额", "转500给小王"; not 取款机 or 转账审核中). */
const ZH_REQUEST =
  /^(?:请|麻烦|帮我|帮忙|给我|我要|我想|我需要|想要|我得|查|办|挂失|冻结|解冻|预约|注销|激活|申请|打印|开通|转(?=\d|[一二两三四五六七八九十百千]|给|钱))/u;

/** Shortest clause (Chinese characters / English words) read on its own after a joining word, and after punctuation. */
const MIN_ZH = { joined: 2, cut: 3 };
const MIN_EN = { joined: 2, cut: 3 };

/** Whether the clause reads as a request of its own (`joined`: a joining word stands next to it). */
export function readsAsOwnRequest(clause: string, joined: boolean): boolean {
  if (BARE_PLEA.test(clause) || EN_POINTING.test(clause) || ZH_POINTING.test(clause)) return false;
  const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
  const chinese = han > 0;
  const size = chinese ? han : clause.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
  const min = chinese ? MIN_ZH : MIN_EN;
  if (size < (joined ? min.joined : min.cut)) return false;
  return joined || phrasedAsRequest(clause);
}

/** Whether the clause is phrased as a question or a request ("查余额", "你们几点关门", "where is ...", "please ..."). */
export function phrasedAsRequest(clause: string): boolean {
  return /\p{Script=Han}/u.test(clause)
    ? ZH_QUESTION.test(clause) || ZH_REQUEST.test(clause)
    : EN_QUESTION.test(clause) || EN_REQUEST.test(clause);
}
