/**
 * A customer telling the assistant it picked the wrong thing: "not this one", "not what I meant", "no, the other
 * one", "that's not what I asked", "不是这个", "弄岔了", "你理解错了". The catalog's `deny` intent; the handoff model
 * heard frustration in the "not" (0.64 to 0.94), so a customer steering the assistant back was handed over. Only
 * the model's frustration is set aside, and only for a short message that is the correction and nothing else:
 * "wrong AGAIN", "not what I asked, are you even listening", "你们又搞错了", "到底听不听得懂" or anything angry,
 * sarcastic, repeated or shouted are read as before.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

const EN_LEAD = String.raw`(?:(?:no|nope|nah|oh|um+|uh+|hmm+|sorry|actually|wait) )*`;
const EN_CORE = [
  String.raw`not (?:this|that|the) one`,
  String.raw`(?:(?:thats|that is|its|it is|this is) )?not (?:what|the (?:one|thing)) i (?:meant|mean|wanted|want|asked(?: for| about)?|was (?:asking|looking) for|said)`,
  String.raw`(?:(?:thats|that is|its|it is) )?(?:not it|the wrong (?:one|thing|option|answer))`,
  String.raw`wrong (?:one|option|answer|thing)`,
  String.raw`(?:i meant |i mean )?the other one`,
  String.raw`you (?:misunderstood|got me wrong)(?: me)?`,
];
const EN = new RegExp(String.raw`^${EN_LEAD}(?:${EN_CORE.join('|')})(?: (?:please|thanks|sorry))?$`);

const ZH_LEAD = '(?:不对|不是|哦|噢|额|呃|嗯|啊|等等|抱歉|不好意思)*';
const ZH_CORE = [
  '(?:我)?(?:说|要|问|找)?的?不是这个(?:意思)?',
  '不是这个|不是那个|不是这样',
  '(?:你)?(?:弄|搞|理解|听|看)(?:岔|错)了',
  '(?:我要|我说|我问)?的?是另(?:外)?一个',
  '换一个',
];
const ZH = new RegExp(`^${ZH_LEAD}(?:${ZH_CORE.join('|')})(?:啊|呀|呢|哦|吧|啦|哈)?$`, 'u');

/** A short correction of what the assistant picked, nothing angry beside it (see the file comment). */
export function isCalmCorrectionOfTheAssistant(text: string, sentiment: SentimentAnalysis): boolean {
  const plain = plainWords(text);
  if (plain.length === 0 || plain.length > 50 || !soundsCalm(sentiment)) return false;
  return /\p{Script=Han}/u.test(plain) ? ZH.test(plain.replace(/ /g, '')) : EN.test(plain);
}
