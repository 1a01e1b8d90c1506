/**
 * A calm report that the app is stuck: "一直转圈", "app登不上去了一直转圈", "i reinstalled, still the same", "it just
 * keeps loading". The labelling spec (`evals/data/handoff_labelling_spec.md`) counts calm, polite descriptions of
 * a problem with the bank as neutral; the handoff model heard frustration in 一直 and "still the same" (0.79 to
 * 0.98), learnt from angry messages about things that keep failing, and handed these customers over instead of
 * giving the login-problems article. Only the model's frustration is set aside (`../handoff_signals.ts`): anger
 * words, sarcasm, repetition, shouting or a threat beside the symptom are read as before, and so is the
 * model's ask for a person.
 */
import { ruleText } from '../rule_text.ts';
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** What a stuck app shows: spinning, loading, a blank screen, crashing, not opening, no change after a fix. */
const SYMPTOM = new RegExp(
  [
    '一直(在)?(转圈|转啊转|加载|loading|卡着|卡在)',
    '转圈(圈)?',
    '(加载|刷新)不出(来)?',
    '白屏|黑屏|闪退|页面空白',
    '(还是|依然|仍然|照样)(一样|这样|老样子)',
    String.raw`\bstill (the same( thing| problem| issue| error)?|happening|spinning|loading|blank)\b`,
    String.raw`\bsame (thing|problem|issue|error|screen) (again|as before)?\b`,
    String.raw`\b(keeps?|kept|just) (spinning|loading|buffering|crashing|closing)\b|\bjust spins\b`,
    String.raw`\bstuck (on|at) (the )?(loading|login|splash|home|start|white|blank)\b`,
    String.raw`\b(blank|white|black) (screen|page)\b`,
    String.raw`\b(app|it)( still)? (won'?t|doesn'?t|wont|doesnt|will not|does not) (open|load|start)\b`,
  ].join('|'),
);

/**
 * How long it has gone on or how often it was tried ("转了一晚上", "半小时", "三次", "since tuesday", "for ages"), or a
 * word of exasperation beside the symptom ("at all", "again", 又, 到底, 好家伙): more than a calm report.
 */
const MORE_THAN_A_REPORT = new RegExp(
  [
    '(半|[一二两三四五六七八九十几多]+|\\d+)(个)?(小时|分钟|钟头|天|晚上|夜|星期|礼拜|周|月|次|遍|回)',
    '一(晚上|上午|下午|整天)|好久|半天|又|到底|究竟|怎么回事|搞什么|好家伙|超时',
    // What it cost the customer: "房租晚交了，房东扣了我200", "got charged a late fee".
    '扣(了|我|钱)|罚|损失|赔|晚交|逾期|耽误',
    String.raw`\b(charged|fined|lost|late fee|penalty|missed|cost me)\b`,
    String.raw`\b(\d+|two|three|four|five|six|several|many|multiple|few) (times|hours|days|weeks|months|mins|minutes|tries|attempts)\b`,
    String.raw`\b(since|ages|forever|at all|again|seriously|ridiculous|useless|no fix|great|brilliant|thanks|thank you)\b|\ball (day|night|morning)\b`,
  ].join('|'),
);

/** Most characters of a calm symptom report (Han, Latin); a longer message says more than the symptom. */
const MAX_LENGTH: ReportLength = { han: 20, latin: 48 };

/** A calm report of a stuck app, with nothing angry beside it (see the file comment). */
export function isCalmStuckAppReport(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  if (!shortEnough(lower, MAX_LENGTH) || !SYMPTOM.test(lower) || MORE_THAN_A_REPORT.test(lower)) return false;
  return soundsCalm(sentiment);
}
