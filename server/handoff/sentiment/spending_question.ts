/**
 * A calm question about what the customer spent: "how much did I spend this week", "how much have I spent on my
 * card this week", "where did my money go this month", "我这周都花哪了", "我这个月花了多少". It asks for the
 * recent-transactions flow. The handoff model learnt "spent" / 花了 and a week or a month from the waits of angry
 * messages ("I've spent an hour on this", "我都花了一个小时了", "third time this week") and read these questions as
 * frustration (0.69 to 0.99), so the customer was handed over instead of shown their transactions. Only the
 * model's frustration is set aside (`../handoff_signals.ts`): time spent ("how many hours have I spent on hold"),
 * fees, money gone missing ("I'm really anxious where has my money gone", "转出去三天了…那钱去哪了"), a question why,
 * anger words, sarcasm, repetition, shouting or a threat beside it are read as before, and so is the model's ask
 * for a person or its fraud reading. No row of the handoff corpus or the check sets is such a question: the
 * calm ones are in the intent catalog's recent_transactions examples, of which only a third train the model.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import { withoutOwnSpendingDread } from './own_spending_dread.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** Asks how much, what or where the customer (or their household) spent. */
const ASKS_EN = new RegExp(
  [
    String.raw`\b(how much|what|where)\b[^.?!]{0,30}\b(did|have|has|do)( (i|we)|n'?t (i|we))\b[^.?!]{0,30}\bspen[dt]\b`,
    String.raw`\b(how much|what|where)( (money|cash))?( (i|we)|i'?ve|we'?ve)( have| had)? spent\b`,
    String.raw`\bhow much\b[^.?!]{0,20}\b(my|our) (spending|expenses|outgoings)\b`,
    // "total outgoings for january", "sum of my purchases this week", "monthly expenses": a statement's totals.
    String.raw`\b(total|sum)( of)?( (my|our|the))? (spending|spend|expenses|expenditure|outgoings|purchases)\b`,
    String.raw`^(my |our )?(weekly|monthly|yearly|this month'?s|last month'?s) (spending|expenses|expenditure|outgoings)\b`,
  ].join('|'),
);

/**
 * "where did my money go this month": where the money went over a period is a question about spending; without
 * one ("where has my money gone") it may be money gone missing, which the model reads as before.
 */
const WHERE_MONEY_WENT_EN =
  /\bwhere (did|has|have|does) (all )?(my|our|the) (money|cash|salary|pay|paycheck|wages|pension) (go|gone|went)\b/;
const PERIOD_EN =
  /\b((this|last|past|previous) (week|month|year|weekend|few days)|today|yesterday|so far|since|lately|recently|over the (weekend|holidays?))\b/;

/** 花了多少 / 消费了多少 / 花哪了 / 花了啥 / 开销多少. */
const ASKS_ZH = new RegExp(
  [
    '(花|消费|支出|刷)(了|掉|出去)?(多少|几)',
    '用(了|掉)(多少|几)(钱|块|元)',
    '(花|消费|刷)(到|在)?(哪|哪儿|哪里|哪些地方)',
    '花(了|掉)(些|点)?(什么|啥|些啥)',
    '(消费|支出|花销|开销|花费)(总额|总共|一共|合计)?(是|有)?多少',
  ].join('|'),
);

/**
 * Time spent rather than money ("how many hours have I spent on hold", "花了一个小时"), fees or charges (a grievance
 * as often as a question), or a word of exasperation ("why", "again", 为什么, 又, 还不): more than the question.
 */
const MORE_THAN_A_QUESTION = new RegExp(
  [
    String.raw`\b(time|hours?|minutes?|mins?|an hour|half an hour|ages|forever|all day|all morning|all afternoon|all night|lunch ?break)\b`,
    String.raw`\b(on hold|on the phone|in the queue|in a queue|queu(e|ing)|trying|waiting|on this|on you|with you)\b`,
    String.raw`\b(fees?|charges?|charged|interest|penalt(y|ies)|overdraft)\b`,
    String.raw`\b(why|again|still|seriously|ridiculous|useless|wtf|even|supposed)\b`,
    // Money gone missing or a feeling beside the question: "I'm really anxious…", "转出去三天了，对方没收到".
    String.raw`\b(anxious|worried|scared|panic\w*|upset|angry|annoyed|frustrat\w*|stress\w*|missing|disappeared|vanished|stolen|help)\b`,
    '(半|[一二两三四五六七八九十几多]+|\\d+)(个)?(小时|分钟|钟头|钟)|半天|一(上午|下午|晚上|整天)|时间|功夫|工夫|精力',
    '手续费|年费|利息|罚息|违约金|滞纳金|扣(了|我|钱)',
    '为什么|为啥|凭什么|怎么回事|搞什么|到底|究竟|又|还不|还没|居然|竟然|就这么|这么难|难吗',
    '急|担心|害怕|慌|怎么办|转出去|转账|汇款|没收到|没到|查不到|不见|丢了|被盗|盗刷',
  ].join('|'),
);

/** Most characters of a calm spending question (Han, Latin); a longer message says more than the question. */
const MAX_LENGTH: ReportLength = { han: 30, latin: 90 };

/** A calm question about what the customer spent, with nothing angry beside it (see the file comment). */
export function isCalmSpendingQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  // "别告诉我 算了还是告诉我吧[捂脸]", "actually don't tell me": a joke at the customer's own expense, taken out first
  // (own_spending_dread.ts).
  const lower = withoutOwnSpendingDread(ruleText(text)).replace(/\s+/g, ' ').trim();
  if (!shortEnough(lower, MAX_LENGTH) || MORE_THAN_A_QUESTION.test(lower)) return false;
  const where = WHERE_MONEY_WENT_EN.test(lower) && PERIOD_EN.test(lower);
  if (!where && !ASKS_EN.test(lower) && !ASKS_ZH.test(lower)) return false;
  return soundsCalm(sentiment);
}
