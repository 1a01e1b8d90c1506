/**
 * A clause about something that is not the bank: the weather, traffic, the neighbours, a match, the
 * customer's own day ("今天这天气太糟糕了，你们网点还开门吗", "Weather is terrible today, is the branch open?").
 * Its anger words describe that subject, not the bank, so they weigh little. A clause that also names the bank,
 * its staff, channels or the customer's money is never off topic ("下雨天跑过来你们又关门了", "traffic was awful
 * and then your app crashed").
 */

/** Subjects with nothing to do with the bank. */
const OFF_TOPIC =
  /天气|下雨|暴雨|大雨|下雪|台风|雾霾|高温|太热|太冷|堵车|交通|路上|地铁|公交|楼上|邻居|装修|球赛|比赛|考试|感冒|发烧|\b(day|week|shift|month) at work\b|\b(weather|rain|raining|storm|snow|typhoon|heatwave|traffic|commute|trains?|bus|neighbou?rs?|the match|the game|my team|football|exams?|flu)\b/;
/** The bank and what the customer does with it. */
const BANK =
  /你们|你|银行|贵行|网点|支行|柜台|柜员|客服|经理|app|卡|账户|账号|转账|汇款|钱|款|扣|余额|密码|验证码|贷款|理财|排队|等|电话|\b(you|your|bank|banks|branch|staff|teller|app|card|account|payment|transfer|money|balance|fee|fees|charge|loan|mortgage|login|password|code|hold|queue|queuing|queueing|waiting|waited|call|phone)\b/;
const CLAUSE = /[^,.!?;:，。！？；：…\n]+/g;

/** Start and end offsets of the off-topic clauses of a lower-cased text. */
export function offTopicSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of lower.matchAll(CLAUSE)) {
    const clause = m[0];
    if (OFF_TOPIC.test(clause) && !BANK.test(clause)) spans.push([m.index, m.index + clause.length]);
  }
  return spans;
}
