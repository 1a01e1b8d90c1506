/**
 * A question outside banking of the kind asked for fun: a piece of general knowledge ("tell me about the three
 * kingdoms"), a trip to plan ("plan three days in Hangzhou for me", "去杭州玩三天怎么安排") or a word to translate ("how
 * do you say apple in French", "苹果用法语怎么说"). The catalog's out-of-scope examples; the handoff model heard
 * frustration (0.58, 0.73) or a scam (0.54) in them. Only a short message that is the question and nothing else,
 * with no word of money or banking in it and nothing angry, sarcastic, repeated or shouted, is set aside: "tell me
 * about your fees", "tell me about the safe account they told me to use" are read as before.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Words of money or banking: a question with one of them is about the bank after all. */
const MONEY =
  /\b(?:bank|banks|banking|account|accounts|card|cards|money|cash|fee|fees|charge|charged|charges|loan|loans|credit|debit|transfer|transfers|payment|payments|pay|paid|balance|interest|deposit|withdraw\w*|refund\w*|scam\w*|fraud\w*|police|code|otp|pin|password|safe|invest\w*|crypto\w*|bitcoin|stocks?|insurance|tax|taxes|fund|funds|salary|pension|mortgage)\b|钱|银行|账户|账号|卡|费|贷|转账|汇款|付款|支付|余额|利息|存|取|退款|骗|诈|警|验证码|密码|安全|投资|理财|基金|股票|保险|税|工资|养老|你们/u;

const EN_CORE = [
  // "tell me about the three kingdoms", "tell me something about ancient rome"
  String.raw`(?:can you |could you |please )?tell me (?:something |a bit |a little )?about (?:the )?[a-z][a-z ]{2,40}`,
  // "how do you say apple in french", "what is thank you in japanese"
  String.raw`how (?:do you|do i|would you|to) say [a-z ]{1,30} in [a-z]+|whats? (?:is )?[a-z ]{1,30} in (?:french|german|spanish|japanese|korean|chinese|italian|russian|arabic|portuguese|english)`,
  // "plan a trip to paris", "what should i do in paris for three days"
  String.raw`(?:(?:can you |could you |please )?plan (?:a |my )?(?:trip|holiday|vacation|visit) to [a-z ]{2,30}|what (?:should|can) i (?:do|see|visit) in [a-z ]{2,30})`,
];
const EN = new RegExp(String.raw`^(?:${EN_CORE.join('|')})(?: please)?$`);

const ZH_CORE = [
  // "苹果用法语怎么说", "谢谢的日语是什么"
  '.{1,12}(?:用|的)(?:英|法|德|日|韩|俄|西班牙|意大利|葡萄牙|阿拉伯)(?:语|文)(?:怎么说|是什么|咋说)',
  // "去杭州玩三天怎么安排", "去成都旅游有什么推荐"
  '(?:去|到).{1,8}(?:玩|旅游|旅行|逛)(?:.{1,4}天)?(?:怎么安排|怎么玩|有什么推荐|去哪(?:儿|里)?|有什么好玩的)',
  // "讲讲三国", "给我讲讲三国的故事"
  '(?:给我|跟我)?(?:讲讲|讲一讲|介绍一下|说说)(?:三国|历史|唐朝|宋朝|明朝|清朝|.{1,6}的(?:故事|历史))',
];
const ZH = new RegExp(`^(?:请问|你好|您好)?(?:${ZH_CORE.join('|')})(?:吧|呢|啊|呀)?$`, 'u');

/** A short question of general knowledge, travel or translation, nothing of the bank in it (see the file comment). */
export function isChitChatQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const plain = plainWords(text);
  if (plain.length === 0 || plain.length > 60 || !soundsCalm(sentiment) || MONEY.test(plain)) return false;
  return /\p{Script=Han}/u.test(plain) ? ZH.test(plain.replace(/ /g, '')) : EN.test(plain);
}
