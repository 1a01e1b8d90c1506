/**
 * A plain request for a place in the branch queue or a question how busy it is: "put me in the queue", "can I get a
 * queue number", "how many people are waiting", "is it busy right now", "帮我取个号", "现在排队的人多吗". The catalog's
 * `queue_ticket` intent; the handoff model heard frustration in "waiting" / "queue" (0.56, 0.92), so a customer
 * asking for a ticket was handed over. Only the model's frustration is set aside, and only for a short message that
 * is the request and nothing else: a wait told as long ("I've been waiting an hour, how many people are ahead"),
 * "why is the queue so slow", "还要排多久啊烦死了" or anything angry, sarcastic, repeated or shouted are read as before.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

const EN_LEAD = String.raw`(?:(?:hi|hello|hey|ok|okay|so|please|excuse me|quick question|just wondering) )*`;
const EN_CORE = [
  // "put me in the queue", "can you add me to the line", "i'd like to join the queue"
  String.raw`(?:(?:can|could|would) you |please )?(?:put|add|get|sign) me (?:in|into|on|to) the (?:queue|line|waiting list)`,
  String.raw`(?:(?:i(?:d| would) like|i want|can i|could i|id like) to )?(?:join|get in|get into) the (?:queue|line)`,
  // "can I get a queue number", "i need a ticket number"
  String.raw`(?:(?:can|could|may) i (?:get|have|take)|i(?:d| would)? (?:like|need|want)|give me|get me) an? (?:queue |ticket |waiting )?(?:number|ticket)`,
  // "how many people are waiting", "how many are ahead of me", "how many in the queue"
  String.raw`how many (?:people |customers |others )?(?:are |is )?(?:(?:waiting|queuing|queueing|in (?:the )?(?:queue|line))(?: (?:ahead of me|before me|in front of me))?|ahead of me|before me|in front of me)(?: (?:right )?now| today| at the moment)?`,
  // "is it busy right now", "is the queue long today"
  String.raw`(?:is it|is the (?:queue|line|branch)) (?:busy|long|crowded)(?: (?:right )?now| today| at the moment)?`,
];
const EN = new RegExp(String.raw`^${EN_LEAD}(?:${EN_CORE.join('|')})(?: please| thanks)?$`);

const ZH_LEAD = '(?:你好|您好|请问|麻烦|问一下|问下|那|我)*';
const ZH_CORE = [
  // "帮我取个号", "我想拿个号", "排个号"
  '(?:帮我|给我|我想|我要|想|要)?(?:取|拿|排|领)(?:一)?个?号',
  // "现在排队的人多吗", "今天人多不多"
  '(?:现在|今天|这会儿)?(?:排队的)?人(?:多吗|多不多|多么)',
  // "现在有多少人在排队", "有几个人在等"
  '(?:现在|今天)?(?:有)?(?:多少|几)(?:个)?人在(?:排队|等)',
];
const ZH = new RegExp(`^${ZH_LEAD}(?:${ZH_CORE.join('|')})(?:吧|吗|呢|啊|谢谢)?$`, 'u');

/** A short request for a place in the queue or a question how busy it is (see the file comment). */
export function isCalmQueueTicketRequest(text: string, sentiment: SentimentAnalysis): boolean {
  const plain = plainWords(text);
  if (plain.length === 0 || plain.length > 60 || !soundsCalm(sentiment)) return false;
  return /\p{Script=Han}/u.test(plain) ? ZH.test(plain.replace(/ /g, '')) : EN.test(plain);
}
