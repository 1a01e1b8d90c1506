/**
 * Taking a queue ticket and asking about one share an intent (queue_ticket). What a message asks of a
 * customer who already holds a ticket today: where it stands ("前面还有几个人", "要等多久", "我的号到了吗",
 * "how long is the wait", "is it my turn yet") or another ticket ("再取一个号", "帮我朋友也取一个", "another
 * ticket", "one more number"). Anything else ("我要取号" said again) is also answered with the ticket held:
 * a second one is issued only when clearly asked for (or for another service or branch, see the engine).
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

export type QueueRequest = 'status' | 'another';

const ANOTHER =
  /再(?:取|拿|要|排|领|来)|重新(?:取|拿|排|领)|另(?:外)?(?:取|拿|要|排)|多(?:取|拿)一|(?:也|帮\S{0,4})(?:取|拿)一?(?:个|张)|(?:第二|两)(?:个|张)号|\banother\b|\bone more\b|\bnew (?:ticket|number)\b|\bsecond (?:ticket|number)\b|\bextra (?:ticket|number)\b|\b(?:ticket|number) for my\b/u;
const STATUS =
  /几个人|几位|多少人|几个号|多久|多长时间|几分钟|到了?(?:吗|没)|到我|轮到|叫到|排到|叫号|进度|前面|还要等|等多|过号|\bhow long\b|\bhow many\b|\bwait|\bmy turn\b|\bahead\b|\bin line\b|\bplace in\b|\bposition\b|\bcalled\b|\bcalling\b|\bbeing served\b|\bserving\b|\bstatus\b|\bmy (?:ticket|number)\b/u;

export function queueRequestOf(text: string): QueueRequest | null {
  const s = plainWords(text);
  if (ANOTHER.test(s)) return 'another';
  if (STATUS.test(s)) return 'status';
  return null;
}
