/**
 * A call from the bank that the customer missed or did not catch through their own circumstances, then a plain
 * question: "下午你们客服热线回电了，我当时在地铁上没听太清，违约金到底怎么算的", "你们客户经理打来的时候我在开会没接到，
 * 她说的是哪个理财到期", "Your mortgage team rang back while I was driving and I didn't catch the figure, what was the
 * early repayment charge again?". The call was the bank doing what it said; the customer blames the meeting, the
 * train or the signal, not the bank. The handoff model's frustration, learnt from callbacks that never came, stands
 * down for it (`everyday_message.ts`).
 *
 * Not a call that never came or came late, nor with a word of exasperation ("又", "还是", "again", "still", "!").
 */
import { ruleText } from '../rule_text.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The bank's call, made. */
const BANKS_CALL =
  /(你们|银行|贵行|客服|热线|客户经理|理财经理|专员|工作人员)[^，。！？,.!?]{0,6}(回电|回了电话|打来|打过来|来电|打(了)?(个)?电话(给我|过来)?)|\b(you|your [a-z]+( [a-z]+)?|the bank|your bank|someone from (the|your) [a-z]+( [a-z]+)?)\b[^.?!]{0,12}\b(called|rang|phoned) (me )?(back)?\b/u;

/** The customer's own circumstances: a meeting, the train, driving, the signal, not catching it. */
const OWN_CIRCUMSTANCES =
  /我[^，。！？,.!?]{0,6}(在|正在)(开会|地铁|公交|开车|上班|上课|洗澡|睡觉|外面)|我[^，。！？,.!?]{0,8}(信号不好|没听(太)?(清|清楚|明白)|没接(到|上)|漏接)|手机静音|\b(in a meeting|on the (train|tube|subway|bus)|driving|at work|in class|in the shower|asleep|signal|couldn'?t hear|didn'?t (catch|hear|get)|missed (it|the call|your call)|(phone|it) (was )?on silent)\b/u;

/** Exasperation, or the call that never came. */
const EXASPERATED =
  /又|还是|一直|总是|老是|始终|烦|凭什么|为什么|为啥|[!！]|没(有)?(人)?(回|打)(电话|过来)|\b(again|still|never|always|ridiculous|seriously|why|annoying|fed up|no one|nobody)\b/u;

/** Longer than a call recounted with its question. */
const MAX = { han: 80, latin: 220 };

/** Whether the whole message recounts a call the customer missed through their own circumstances (see above). */
export function isBanksCallMissedThroughOnesOwnCircumstances(
  text: string,
  sentiment: SentimentAnalysis,
): boolean {
  const lower = ruleText(text);
  const long = /\p{Script=Han}/u.test(lower) ? lower.length > MAX.han : lower.length > MAX.latin;
  return (
    !long &&
    BANKS_CALL.test(lower) &&
    OWN_CIRCUMSTANCES.test(lower) &&
    !EXASPERATED.test(lower) &&
    soundsCalm(sentiment)
  );
}
