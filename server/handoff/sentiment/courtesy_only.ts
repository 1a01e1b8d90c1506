/**
 * A message of courtesies only: a greeting, a wish that the assistant is well, thanks or a goodbye ("hi, hope you
 * are well", "many thanks for your patience", "nothing more, goodbye", "您好，最近还好吗", "谢谢你的耐心", "没有了，再见").
 * The handoff model heard frustration in them (0.83 to 0.93: "patience", "nothing more"), so a customer saying
 * thank you was told "I'm sorry this has been frustrating". Only the model's frustration is set aside, and only
 * when every word of the message is a courtesy from the lists below: "thanks for nothing", "thanks for wasting my
 * time", "goodbye, I'm switching banks" or any anger, sarcasm, repetition or shouting the lexicon finds are read as
 * before.
 */
import { plainWords } from '../../dialogue/cancel_phrases.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

const EN_UNITS = [
  // greetings
  String.raw`(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|morning|evening)(?: there| again| everyone| team)?`,
  // a wish that the assistant is well
  String.raw`(?:i )?hope (?:you are|youre|you re|all is|things are|everything is)(?: doing)? (?:well|good|fine|ok|okay|great)(?: today)?`,
  String.raw`hope (?:you are|youre) having an? (?:good|nice|great|lovely) (?:day|morning|afternoon|evening|week)`,
  String.raw`how are (?:you|things)(?: doing)?(?: today)?|hows it going|how do you do`,
  // thanks
  String.raw`(?:many |a million |a lot of )?(?:thanks|thank you|thankyou|ty|thx|cheers)(?: (?:so|very) much| a lot| again| kindly)?(?: for (?:your|the|all (?:your|the)) (?:help|patience|time|assistance|support|answer|answers|reply|explanation|info|information))?`,
  String.raw`(?:much |really |i )?appreciated?(?: it| that| your (?:help|patience|time))?`,
  // nothing more to ask
  String.raw`(?:no )?(?:nothing|none) (?:more|else)(?: for (?:now|today))?(?: thanks)?|(?:thats|that is) (?:all|it|everything)(?: for (?:now|today))?|no more questions|(?:no )?that will be all`,
  // goodbyes
  String.raw`(?:good ?bye|bye(?: bye| now| for now)?|see you(?: later| soon)?|see ya|take care|talk (?:to you )?later|have an? (?:nice|good|great|lovely) (?:day|evening|weekend|one))`,
];
const EN = new RegExp(String.raw`^(?:(?:${EN_UNITS.join('|')}) ?)+$`);

const ZH_UNITS = [
  // greetings
  '(?:你好|您好|你们好|嗨|哈喽|哈啰|早上好|早安|上午好|中午好|下午好|晚上好|早)(?:呀|啊|哦)?',
  // a wish that the assistant is well
  '(?:最近)?(?:还)?(?:好吗|好吧|好不好|还好吗|怎么样)|(?:祝|希望)(?:你|您)(?:一切)?(?:都)?(?:好|顺利|愉快|开心)',
  // thanks
  '(?:非常|十分|太|真是|真的)?(?:谢谢|感谢|多谢|谢了|谢啦)(?:你|您|你们)?(?:的)?(?:耐心)?(?:帮助|帮忙|解答|回复|讲解|介绍|服务)?(?:了|啦|哈|哦)?',
  '(?:辛苦|麻烦)(?:你|您|你们)?了',
  // nothing more to ask
  '没(?:有)?(?:别的|其他|其它)?(?:事|问题)?了|没有了|就这些(?:了|吧)?|暂时没有?(?:别的|其他)?(?:事|问题)?了?',
  // goodbyes
  '再见|拜拜|拜|回头见|下次见|祝(?:你|您)?(?:生活|工作)?愉快',
];
const ZH = new RegExp(`^(?:(?:${ZH_UNITS.join('|')}))+$`, 'u');

/** Every word of the message is a courtesy, and the lexicon finds nothing angry in it (see the file comment). */
export function isCourtesyOnly(text: string, sentiment: SentimentAnalysis): boolean {
  const plain = plainWords(text);
  if (plain.length === 0 || plain.length > 80 || !soundsCalm(sentiment)) return false;
  return /\p{Script=Han}/u.test(plain) ? ZH.test(plain.replace(/ /g, '')) : EN.test(plain);
}
