/**
 * The customer says they need nothing more ("that's all, thanks", "ok thanks that's all", "no, I'm all set",
 * "就这些，谢谢", "没别的了", "没有其他问题了"): the conversation is done, and it gets the goodbye. The intent model
 * heard thanks or a "no", whose replies ask "is there anything else?" of a customer who just said there is
 * not. Matched on the whole message, with thanks, an acknowledgement or a "no" around it; anything more ("that's
 * all I wanted to know, but what about fees?") is read as usual. A bare "没有了" / "no" is left to the flows and
 * the short answers (it may answer a question).
 */
import { plainWords } from './cancel_phrases.ts';

const EN_AROUND = String.raw`(?:ok|okay|k|alright|all right|great|cool|perfect|fine|good|no|nope|nah|no thanks|no thank you|thanks?|thank you(?: (?:so|very) much)?|thx|ty|cheers|that helps|that helped|got it|i see|yes|yeah|then|so|well|actually|really|for now|for today)`;
const EN_CORE = [
  String.raw`that(?:s| is| was| will be|ll be|d be) (?:all|it|everything)(?: i (?:need(?:ed)?|wanted|want|had))?`,
  String.raw`(?:thats|that is) all (?:from me|for (?:now|today))`,
  String.raw`nothing (?:else|more)(?: (?:for now|for today|i need|needed))?`,
  String.raw`no (?:more|other|further) questions?`,
  String.raw`(?:i dont|i do not|dont) need anything (?:else|more)`,
  String.raw`(?:im|i am) (?:all )?(?:good|set|done|sorted)(?: now)?`,
  String.raw`all (?:good|set|done|sorted)`,
].join('|');
const EN = new RegExp(`^(?:${EN_AROUND} )*(?:${EN_CORE})(?: ${EN_AROUND})*$`);

const ZH_AROUND =
  '(?:好的?|好吧|好嘞|行|嗯+|哦+|ok|没有|没|不用了?|谢谢(?:你|您|啦|了)?|多谢|感谢|辛苦了|那|那就|就|了|啦|吧|哈|呀|啊|暂时|目前|今天)';
const ZH_CORE = [
  '就(?:这些|这么多|这个|这样)(?:了|吧|啦)?',
  '(?:没|没有)(?:别的|其他|其它)(?:的|事|事情|问题|要问的|需要的|要办的)?(?:了|啦)?',
  '没(?:有)?(?:别的|其他|其它|什么)?(?:要问|需要|要办)的了',
  '不需要(?:别的|其他)(?:的)?(?:了|啦)',
  '问完了',
].join('|');
const ZH = new RegExp(`^${ZH_AROUND}*(?:${ZH_CORE})${ZH_AROUND}*$`, 'u');

export function saysNothingMore(text: string): boolean {
  const s = plainWords(text);
  // "that's it?" asks whether that is all.
  if (s.length === 0 || s.length > 60 || /[?？]/.test(text)) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
