/**
 * A clause about something that is not the bank: the weather, traffic, the neighbours, a match, the
 * customer's own day ("今天这天气太糟糕了，你们网点还开门吗", "Weather is terrible today, is the branch open?").
 * Its anger words describe that subject, not the bank, so they weigh little. A clause that also names the bank,
 * its staff, channels or the customer's money is never off topic ("下雨天跑过来你们又关门了", "traffic was awful
 * and then your app crashed").
 */

/** Subjects with nothing to do with the bank. */
const OFF_TOPIC =
  /天气|下雨|暴雨|大雨|下雪|台风|雾霾|高温|太热|太冷|堵车|交通|路上|地铁|公交|楼上|邻居|装修|球赛|比赛|考试|感冒|发烧|国足|湖人|球队|停电|停水|外卖|快递|菜市场|房东|包工头|孩子|熊孩子|\b(day|week|shift|month) at work\b|\b(weather|rain|raining|storm|snow|typhoon|heatwave|traffic|commute|trains?|bus|neighbou?rs?|the match|the game|my team|football|exams?|flu|landlord|accountant|kids|half term|the pub|takeaway|courier|parcel)\b/;
/**
 * The customer says the anger is not about the bank ("跟你们没关系", "not bank problem", "anyway, that's another
 * story"): everything before it is off topic, even words that name money ("平台扣我50块超时罚款真是无语").
 */
const NOT_ABOUT_YOU =
  /跟你们没关系|和你们没关系|不关你们的事|不是你们的问题|不怪你们|\bnot (a |the )?bank('?s)? (problem|fault)\b|\bnot your (fault|problem)\b|\bnothing to do with (you|the bank)\b|\bthat'?s another story\b|\bnot (with|at) you\b/;
/** The bank and what the customer does with it. */
const BANK =
  /你们|你|银行|贵行|网点|支行|柜台|柜员|客服|经理|app|卡|账户|账号|转账|汇款|钱|款|扣|余额|密码|验证码|贷款|理财|利息|利率|存款|排队|等|电话|\b(you|your|bank|banks|branch|staff|teller|app|card|account|payment|transfer|money|balance|fee|fees|charge|loan|mortgage|login|password|code|hold|queue|queuing|queueing|waiting|waited|call|phone|interest|rates?|savings)\b/;
const CLAUSE = /[^,.!?;:，。！？；：…\n]+/g;

/** Start and end offsets of the off-topic clauses of a lower-cased text. */
export function offTopicSpans(lower: string): Array<[number, number]> {
  // Everything before the customer says it is not about the bank (spoken messages often have no commas).
  const notAboutYou = NOT_ABOUT_YOU.exec(lower);
  const spans: Array<[number, number]> = notAboutYou && notAboutYou.index > 0 ? [[0, notAboutYou.index]] : [];
  for (const m of lower.matchAll(CLAUSE)) {
    const clause = m[0];
    if (OFF_TOPIC.test(clause) && !BANK.test(clause)) spans.push([m.index, m.index + clause.length]);
  }
  return spans;
}
