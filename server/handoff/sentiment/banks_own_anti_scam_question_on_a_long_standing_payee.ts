/**
 * The bank's own anti-scam question, met on a payment to someone the customer has paid for years, asked about calmly:
 * "When I pay someone new the app asks whether anyone told me to lie about the reason. That's normal, right? It's only my
 * rent to the landlord I've had for 5 years", "转账时app弹窗问有没有人教我怎么回答，这是正常流程吧？就是给合作了好几年的
 * 装修师傅打钱". The question is the bank's, the payee long known: an everyday message (the model heard frustration in it).
 *
 * Not when someone really told the customer what to say ("he told me to say it's for rent"), the payee is new to them, or
 * the lexicon finds anger.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** The app's or the bank's own question during a payment. */
const BANKS_QUESTION_ZH =
  /(app|手机银行|网银|系统|页面|弹窗|你们)[^。！？]{0,10}(问|提示|弹出|弹窗|让我(回答|确认|勾选))[^。！？]{0,14}(有没有人|是否有人|有人)[^。！？]{0,10}(教|让|叫|指导|要求)/;
const BANKS_QUESTION_EN =
  /\b(the app|your app|the bank|the website|online banking|a (pop-?up|screen|message))\b[^.?!]{0,20}\b(asks?|asked|asking|wants to know)\b[^.?!]{0,10}\b(whether|if) (anyone|someone|somebody)( has| had)? (told|asked|instructed|coached|pressured)\b/;

/** …asked whether it is normal. */
const NORMAL_ZH = /正常(的)?(吗|么|流程|操作)|是(常规|例行|标准)|都(会|要)这样|每个人都/;
const NORMAL_EN = /\b(standard|normal|routine|usual|expected)\b|\beveryone gets (this|that)\b/;

/** …on a payment to someone long known. */
const LONG_KNOWN_ZH = /(好几|几|[一二两三四五六七八九十\d]+)年|一直(给|在)|老(房东|师傅|客户|朋友)|长期|固定/;
const LONG_KNOWN_EN =
  /\b(same|usual|regular) (landlord|landlady|builder|cleaner|gardener|childminder|tutor|payee|person)\b|\b(for|of) (\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years\b|\b(i'?ve|i have) (had|paid|used|known) [^.?!]{0,20}\b(\d+|two|three|four|five|six|ten|many|several) years\b|\bfor years\b/;

/** Someone really told the customer what to say. */
const COACHED =
  /(他|她|对方|那人|有人)[^。！？]{0,4}(教我|让我|叫我)[^。！？]{0,6}(说|回答|选|填)|\b(he|she|they|someone|the caller|the man|the woman)\b (told|asked|instructed) me to (say|tell|pick|choose|put|lie)\b/;

/** Whether the bank's own anti-scam question on a payment to someone long known is asked about (see the file comment). */
export function isBanksOwnAntiScamQuestionOnALongStandingPayee(
  text: string,
  sentiment: SentimentAnalysis,
): boolean {
  const lower = ruleText(text);
  if (COACHED.test(lower.replace(BANKS_QUESTION_EN, ' ').replace(BANKS_QUESTION_ZH, ' '))) return false;
  const zh = BANKS_QUESTION_ZH.test(lower) && NORMAL_ZH.test(lower) && LONG_KNOWN_ZH.test(lower);
  const en = BANKS_QUESTION_EN.test(lower) && NORMAL_EN.test(lower) && LONG_KNOWN_EN.test(lower);
  return (zh || en) && soundsCalm(sentiment);
}
