/**
 * A calm request to restrict a card after suspicious messages: "我爸老年机老收到什么“您的账户异常请回电”，他都不知道真假，
 * 能不能把他的卡设成只能在柜台大额转账", "my mum keeps getting texts saying her account is locked and can't tell if they're
 * real. Can her card be limited to branch transfers only?", "天天有骚扰电话打来 我都不接 能不能给我账户加个老年人的备注". The handoff model hears frustration in the messages
 * received (老收到, 账户异常, "keeps getting"); the customer asks for a protective setting. Only the model's
 * frustration is set aside (`../handoff_signals.ts`): anger words, sarcasm, repetition, shouting or a threat
 * beside it, or a word of exasperation (到底, 又, "again", "seriously"), are read as before, and so are the model's
 * ask for a person and its fraud reading.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** Messages or calls received that the customer (or a relative) cannot place. */
const MESSAGES_RECEIVED =
  /(收到|接到)[^。！？?]{0,20}(短信|电话|消息|信息)|(骚扰|陌生|诈骗)(的)?(号码|电话|短信)[^。！？?]{0,4}(打来|发来|来)|(短信|电话|消息|信息)[^。！？?]{0,6}(真假|是真的|是假的)|不知道(是)?真(的)?假|\b(getting|gets|got|get|received|receiving|receives)\b[^.?!]{0,20}\b(texts?|calls?|messages?|emails?|sms)\b/;

/**
 * A setting that restricts the card or the account: a lower limit, counter-only transfers, no online payments; or a
 * note on the account that its holder is vulnerable ("能不能给我账户加个老年人的备注", "put a note on my account that I'm
 * vulnerable").
 */
const RESTRICTION =
  /(设成|设置成|改成|调成|限制成|限定)[^。！？?]{0,10}(只能|仅能|仅限)[^。！？?]{0,10}(柜台|网点)|只能(在)?(柜台|网点)[^。！？?]{0,6}(转账|取|办)|(调低|降低|下调|设置|设)[^。！？?]{0,6}(转账)?限额|(关闭|关掉|关了|停用)[^。！？?]{0,4}(网上|线上|手机|网银|非柜面)[^。！？?]{0,4}(支付|转账|交易|功能)|\b(lower|reduce|set|cap)\b[^.?!]{0,20}\blimits?\b|\b(limited|restricted|locked) to (branch|counter|in-branch)\b|\b(turn off|disable|block|switch off)\b (online|internet|contactless|international|mobile) (payments|transfers|banking)\b|\b(branch|counter)[- ]only\b|(备注|标注|标记|登记)[^。！？?]{0,10}(老年|年纪大|特殊|弱势|易受骗)|(老年人|特殊客户|弱势客户)(的)?(备注|标记|标注)|\b(note|flag|marker|mark)\b[^.?!]{0,30}\b(vulnerable|vulnerability|elderly)\b|\b(vulnerable|vulnerability) (customer )?(flag|note|marker|register)\b/;

/** A word of exasperation: more than a request. */
const EXASPERATED =
  /到底|究竟|又|凭什么|为什么|为啥|怎么回事|搞什么|\b(again|seriously|ridiculous|useless|joke|why)\b/;

/** A calm request to restrict a card after suspicious messages (see the file comment). */
export function isCalmProtectiveLimitRequest(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  if (!MESSAGES_RECEIVED.test(lower) || !RESTRICTION.test(lower) || EXASPERATED.test(lower)) return false;
  return soundsCalm(sentiment);
}
