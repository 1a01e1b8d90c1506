/**
 * A calm question whether the app is down for maintenance: "啥情况 app一直转圈圈打不开 是在维护吗", "App keeps loading
 * forever, is there maintenance going on?". The symptom's words (转圈圈, 打不开, "loading forever") and "maintenance"
 * are the lexicon's words of anger at the bank, learnt from "你们这破app又在维护"; asked whether the bank is
 * working on it, they describe the app's state, and the customer asks, not complains. The symptom is blanked
 * (offsets kept) and the intent classifier's complaint does not stand (`../handoff_policy.ts`) only when nothing
 * else in the message is upset: how long or how often it went on (a wait in minutes too: "等了40分钟还没轮到我…是系统出问题了吗"),
 * "again", "always", exclamation marks.
 */

/** Asks whether the app or the system is being maintained, upgraded or is down on the bank's side. */
const ASKS =
  /(是不是|是)(在)?(维护|升级|系统维护|系统升级)|(在)?(维护|升级)(中)?(吗|么|呢)|系统(是不是|是)?(出)?(问题|故障)了?(吗|么)|服务器(是不是)?(崩|挂)了?(吗|么)|\bis (there|it) (maintenance|an outage|a (system |server )?(outage|upgrade|update))\b|\bmaintenance (going on|happening|today|right now|at the moment)\b|\b(is|are) (the app|it|your (app|system|servers?|site|website)) (down|under maintenance|being (updated|upgraded|maintained))\b|\b(undergoing|under|doing) maintenance\b[^.!]{0,20}\?/;

/** What an app looks like while it is down: spinning, loading, not opening. */
const SYMPTOM =
  /一直(在)?(转圈|加载)(圈)?|转圈(圈)?|打不开|登不上(去)?|加载不出(来)?|刷不出(来)?|白屏|\b(keeps?|kept|just) (loading|spinning|buffering)( forever)?\b|\b(won'?t|doesn'?t|will not|does not|not) (load|open|loading|opening)\b|\bmaintenance\b/g;

/** More than a question: how long or how often, exasperation, anger. */
const MORE_THAN_A_QUESTION =
  /[!！]|等了?(快|将近|差不多|足足|整整)?(半|[一二两三四五六七八九十几\d]+)(多)?(个)?(分钟|分)|\bwait(ed|ing)( for)? (\d+|ten|fifteen|twenty|thirty|forty|fifty|sixty|45|an?|over an?|half an?) ?(min|mins|minutes|hour|hours)\b|又|到底|究竟|老是|总是|每次|离谱|烦|破|垃圾|搞什么|(半|[一二两三四五六七八九十几\d]+)(个)?(小时|钟头|天|星期|周|月|次|遍)|好久|半天|一(整)?天|\b(again|always|every time|all (day|night|morning)|ridiculous|useless|seriously|joke|rubbish|pathetic|(\d+|two|three|several|many) (times|hours|days)|hours|days)\b/;

/** The message is a calm question whether the app is down for maintenance (see the file comment). */
export function isCalmOutageQuestion(lower: string): boolean {
  return ASKS.test(lower) && !MORE_THAN_A_QUESTION.test(lower);
}

/** The text with the app's symptom and "maintenance" blanked (offsets kept), when it is a calm outage question. */
export function withoutOutageSymptom(lower: string): string {
  return lower.replace(SYMPTOM, (m) => ' '.repeat(m.length));
}
