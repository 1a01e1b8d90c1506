/**
 * A question about the wait for a person ("要等多久", "还要多久才轮到我", "前面还有几个人", "我排第几", "how long is the
 * wait", "how many people are ahead of me", "is it my turn yet", "when will an agent pick up"). Asked while the
 * customer waits in the handoff queue (or was just told nobody can take the conversation), it is about that
 * wait: the intent model hears the branch queue-ticket intent in it, and in the app it started a branch ticket
 * flow ("请问在哪个网点取号？"). Matched on the whole message (a lead-in such as "那" / "so" and a particle
 * allowed), so "转账要等多久到账" or "how long does a transfer take" is read as usual.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const ZH_LEAD =
  '(?:那|那么|请问|问一下|问下|我|那我|所以|还|大概|大约|现在|这个|那个|嗯|哦|好的|好|喂|你好|您好|人工|客服|人工客服)*';
const ZH_ME = '(?:轮到我|到我|排到我|接通|接入|有人(?:理我|接|来|回复|回我)?|(?:给我)?回复(?:我)?|回我|接我)';
const ZH_CORE = [
  // "要等多久", "还得等多长时间", "大概需要等几分钟", "排队要多久"
  '(?:还|一般)?(?:要|得|需要)?(?:再)?等(?:多久|多长时间|多少时间|几分钟|多少分钟|多会儿|到什么时候)',
  '排(?:队|着)?(?:还)?(?:要|得|需要)?(?:多久|多长时间)',
  // "还要多久", "多久才能轮到我", "多长时间能接通"
  `(?:还|再)?(?:要|得|需要)?(?:多久|多长时间|几分钟)(?:才|就)?(?:能|可以|会)?${ZH_ME}?`,
  // "什么时候才轮到我", "啥时候有人理我"
  `(?:什么时候|啥时候|几时|多会儿)(?:才|就)?(?:能|可以|会)?${ZH_ME}`,
  // "前面还有几个人", "还剩多少人"
  '(?:我)?前面(?:还)?(?:有|剩)?(?:几|多少)(?:个人|个|位|人)',
  '(?:还|还有|还剩)(?:几|多少)(?:个人|个|位|人)(?:在)?(?:排队|等)?',
  // "我排第几", "现在排到第几了", "我是第几个"
  '(?:我)?(?:现在)?(?:排|排在|排到|是)?第几(?:个|位|名|号)?',
  // "怎么还没轮到我", "轮到我了吗"
  `(?:怎么|为什么)?还没${ZH_ME}`,
  `${ZH_ME}了?(?:吗|没|没有)`,
].join('|');
const ZH_TAIL = '(?:啊|呀|呢|吗|了|啦|哦|嘛|没|没有|呀|吧|谢谢)*';
const ZH = new RegExp(`^${ZH_LEAD}(?:${ZH_CORE})${ZH_TAIL}$`, 'u');

const EN_LEAD =
  '(?:(?:so|ok|okay|and|hi|hello|hey|sorry|um+|uh+|excuse me|just wondering|quick question|roughly|please) )*';
const EN_WHO =
  '(?:someone|somebody|anyone|anybody|an? (?:agent|human|person|representative)|the (?:agent|human|person|representative))';
const EN_CORE = [
  // "how long is the wait", "how long's the queue", "what's the wait time"
  'how long (?:is|s|will be|would be) (?:the|my) (?:wait|queue|line|waiting time|wait time)',
  '(?:whats|what is|what s) (?:the|my) (?:estimated )?(?:wait|wait time|waiting time)',
  '(?:estimated )?wait(?:ing)? time',
  // "how long do I have to wait", "how long will I be waiting"
  'how long (?:do|will|would|must|should|shall) (?:i|we) (?:have to |need to |still )?(?:wait|be waiting|be on hold|hold)',
  'how long (?:will|does|would|is) (?:it|this|that) (?:going to )?(?:take|be)',
  'how (?:much )?longer(?: (?:do i have to wait|will it be|will it take|is the wait|will this take|do i wait))?',
  // "how many people are ahead of me", "how many before me"
  'how many (?:people |persons |customers )?(?:are )?(?:still )?(?:ahead of me|before me|in front of me|in the queue|in line|waiting)',
  // "where am I in the queue", "what's my position"
  'where am i in (?:the )?(?:queue|line)',
  '(?:whats|what is|what s) my (?:position|place|spot)(?: in (?:the )?(?:queue|line))?',
  // "is it my turn yet", "am I next"
  '(?:is it|when is it|when s it|whens it) my turn(?: yet)?',
  'am i next(?: in line)?',
  // "when will an agent pick up", "when will someone be with me"
  `when (?:will|is|does|do|can) ${EN_WHO} (?:going to )?(?:answer|reply|respond|pick up|get to me|be with me|join|come|take (?:my|the) (?:chat|call|case))`,
].join('|');
const EN_TAIL =
  '(?: (?:please|pls|then|now|roughly|approximately|about|for an agent|for a person|for someone|for a human|thanks|thank you|still|yet))*';
const EN = new RegExp(`^${EN_LEAD}(?:${EN_CORE})${EN_TAIL}$`);

export function asksAboutTheWait(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 80) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
