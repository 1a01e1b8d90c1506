/**
 * A message that is only a social remark: thanks ("谢谢", "好的谢谢", "ok thanks", "thank you so much"), a
 * greeting ("你好", "hi there") or a plain acknowledgement ("好的", "明白了", "ok", "got it"). It asks nothing
 * and answers nothing, so in the middle of a flow it gets a courteous word and the flow's question again,
 * never an article: looked up, "谢谢" during a bill payment found the utility-bill article and "ok thanks"
 * during a transfer the transfer limits. Matched on the whole message; anything more ("谢谢，要手续费吗",
 * "thanks, is it free?") is a question. Beside the words listed here, the classifier's confident `thanks` or
 * `greeting` counts for a short message that asks nothing ("谢谢你这么耐心", "you're a star").
 */
import { plainWords } from './cancel_phrases.ts';
import type { Decision } from './decision.ts';

export type SocialRemark = 'thanks' | 'greeting' | 'acknowledgement';

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

const THANKS = alt([
  '谢谢(?:你|您|啦|了|啊|哈|呀|亲)?',
  '谢谢谢',
  '谢(?:了|啦)',
  '多谢(?:你|您|啦|了)?',
  '(?:非常|十分|万分)?感谢(?:你|您|你们)?',
  '太(?:感谢|谢谢)(?:你|您)?了',
  '辛苦(?:你|您)?(?:了|啦)?',
  '麻烦(?:你|您)?了',
  '有劳了?',
  '蟹蟹',
  '感恩',
  '3q',
  'thnx',
  'tysm',
  'tyvm',
  'many thanks',
  'much appreciated',
  'appreciated',
  'appreciate (?:it|that|you)',
  // "thanks", "thank you so much", "thanks a lot mate", "cheers"
  `(?:thanks?|thank (?:you|u)|thankyou|thx|ty|cheers)(?: (?:(?:so )*(?:so|very) much|a (?:lot|bunch|ton|million)|heaps|loads|again|kindly|indeed|mate))*`,
]);
const GREETING = alt([
  '你好(?:呀|啊)?',
  '您好(?:呀|啊)?',
  '哈[喽啰]',
  '嗨',
  '(?:早上|上午|中午|下午|晚上)好',
  '早安',
  '在吗',
  '在不在',
  '有人吗',
  'hi+',
  'hello',
  'hey',
  'hiya',
  'there',
  'good (?:morning|afternoon|evening)',
  'are you there',
]);
const ACKNOWLEDGEMENT = alt([
  '好(?:的|滴|嘞|吧|啊|呀)?',
  '好好',
  '嗯+',
  '哦+',
  '噢',
  '喔',
  '明白(?:了)?',
  '知道了',
  '了解(?:了)?',
  '懂了',
  '收到',
  '行',
  '可以',
  '没问题',
  '是的?',
  '对的?',
  '啊',
  '呀',
  '啦',
  '哈',
  'ok',
  'okay',
  'okey',
  'kk?',
  'alright',
  'all right',
  'got it',
  'great',
  'cool',
  'fine',
  'sure',
  'right',
  'yes',
  'yeah',
  'yep',
  'yup',
  'perfect',
  'sounds good',
  'understood',
  'i see',
  'noted',
  'nice',
  'awesome',
  'lovely',
  'oh',
  'ah',
]);
const ANY = alt([THANKS, GREETING, ACKNOWLEDGEMENT]);
/** Words follow each other after a space, or directly when either side is a Chinese character. */
const GAP = '(?: |(?<=\\p{Script=Han})|(?=\\p{Script=Han}))';
const WHOLE = new RegExp(`^${ANY}(?:${GAP}${ANY})*$`, 'u');
const word = (words: string): RegExp => new RegExp(`(?:^|${GAP})${words}(?=$|${GAP})`, 'u');
const HAS_THANKS = word(THANKS);
const HAS_GREETING = word(GREETING);

/** Asks something: then it is a question, whatever else it says. */
const ASKS =
  /[?？吗呢]|么[\s。.!！~～]*$|多少|多久|几|怎么|什么|哪|能不能|可不可以|是不是|要不要|\b(?:how|what|when|where|why|which|who|is|are|can|could|do|does|will|would|should)\b/i;
/** Longer than this, a message the classifier calls thanks may well say more than thanks. */
const MAX_CHARS = 16;
/** How sure the classifier must be before its thanks or greeting counts without the words above. */
const MIN_CONFIDENCE = 0.8;

/**
 * The social remark the whole message is, or null when it says anything more. Thanks wins over a greeting
 * and a greeting over an acknowledgement ("好的谢谢" is thanks). `heard`: the policy's decision, for the
 * classifier's thanks and greetings in other words.
 */
export function socialRemarkOf(text: string, heard?: Decision): SocialRemark | null {
  const s = plainWords(text);
  if (s.length === 0) return null;
  if (WHOLE.test(s)) {
    if (HAS_THANKS.test(s)) return 'thanks';
    if (HAS_GREETING.test(s)) return 'greeting';
    return 'acknowledgement';
  }
  if (
    heard?.type === 'intent' &&
    (heard.intent === 'thanks' || heard.intent === 'greeting') &&
    heard.confidence >= MIN_CONFIDENCE &&
    [...s].length <= MAX_CHARS &&
    !ASKS.test(text) &&
    !/\d/.test(s)
  )
    return heard.intent;
  return null;
}
