/**
 * What the news, a video or an article said about scams, told as the reason for a practical question of the
 * customer's own: "早上看新闻说出借银行卡违法，我那几张不用的卡想注销，要本人去吗", "刷到个视频说骗子会让人共享屏幕，你们
 * app能防录屏吗", "The news said banks now have to pay back fraud victims, is that right?", "Saw a video saying
 * scammers ask people to share their screen. Does your app block screen recording?". The scheme is the report's,
 * not a story under way: the fraud rules, the intent's fraud report and an unsure model stand down (`settled`).
 *
 * The report opens the message (its first sentence). Not when the story reaches the customer: someone called, asked or told them, they paid, clicked, shared, lent or
 * installed something, or did as the video said ("照着视频操作了", "so I did what it said"); the scam rules read
 * those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The news, a video or an article, and what it said. */
const REPORT_SAID = re(
  [
    String.raw`(新闻|报道)(里|上|中|上面|里面)?${C}{0,4}(说|讲|报|提到|提醒|曝光)|(看|刷|听)(到|了)?(了)?(个|一个|条|一条|篇|一篇)?(新闻|报道|视频|短视频|文章|节目|纪录片)${C}{0,4}(说|讲|提到|提醒|曝光)`,
    // The news watched, then what it said after a comma: "在电视新闻上看到，说现在…".
    String.raw`(新闻|报道|视频|节目)(里|上|中)?(看到|看见|刷到|听到)(的)?[，,：:]?(说|讲|提到)`,
    String.raw`\b(the|a|this|that) (news|news report|news story|report|article|video|clip|programme|program|documentary|segment)( (this|last) (morning|evening|night|week)| (today|yesterday|on (tv|the radio|facebook|youtube|tiktok)))? (said|says|saying|reported|mentioned|warned|claimed|was about)\b`,
    String.raw`\b(saw|read|heard|watched|seen)( (a|an|the|this|that|some))? (on |in )?(the )?(news|article|video|clip|report|programme|program|documentary|paper|papers)\b`,
  ].join('|'),
);

/** The story reaching the customer, or the customer going along with it. */
const OWN_STORY = re(
  [
    String.raw`(有人|对方|他们|那人|骗子|客服|警察)${C}{0,6}(打(了)?(个)?电话给我|给我打|联系(了)?我|加(了)?我|找(了)?我|让我|叫我|要我|催我|问我要)`,
    String.raw`我(已经|刚|刚才|刚刚|就|也)?(被骗|上当|转了|汇了|付了|交了|给了|告诉了|点了|点开|填了|下载了|装了|安装了|共享了|开了共享|借给|租给|卖给|卖了|出租了|出借了)`,
    String.raw`(照着|按照|按着|跟着)${C}{0,6}(做|操作|弄|转|办)`,
    String.raw`(让|叫|要|催)我(?!们)|(跟|对|给)我(说|讲)|我(就|也)?(发|转|给|填|点|付|交|汇|借|租)(了|过)`,
    String.raw`\b(someone|somebody|they|he|she|a (man|woman|guy|lady)|the caller)\b[^.?!]{0,20}\b(called|rang|phoned|texted|messaged|emailed|contacted|asked|told|wants|wanted) (me|us)\b`,
    String.raw`\b(i|we) (have |'ve )?(already |just )?(sent|paid|transferred|gave|clicked|shared|installed|downloaded|lent|rented|sold|let)\b`,
    String.raw`\b(i|we) (did|followed) (what|as) (it|they|the video|the article) (said|says)\b|\bi('ve| have)? been (scammed|conned|done|had)\b`,
    // Someone in the story who wants money or rang: "The account manager rang, I put in £250, now he wants £5,000".
    String.raw`\b(he|she|they|the (rep|agent|manager|account manager|developer|seller|broker|advis[eo]r|caller)) (wants|wanted|needs|asked|asks|is asking|rang|called|phoned)\b|\b(i|we) (put in|invested|deposited|signed up|joined|registered|topped up)\b`,
  ].join('|'),
);

/** A question or a practical ask of the customer's own. */
const OWN_QUESTION = re(
  String.raw`[?？]|吗|么|呢|怎么|咋|如何|是不是|有没有|能不能|可不可以|得不得|要不要|需不需要|得本人|\b(how|can|could|do|does|is|are|should|will|would)\b`,
);

/** Whether a lower-cased message asks a question of its own after what the news or a video said about scams. */
export function isScamNewsThenAQuestionOfOnesOwn(lower: string): boolean {
  // The report opens the message: in its first sentence ("…I've only seen the video tour" later on is no news).
  const firstSentence = lower.split(/[.!?。！？]/u)[0] ?? '';
  return REPORT_SAID.test(firstSentence) && OWN_QUESTION.test(lower) && !OWN_STORY.test(lower);
}
