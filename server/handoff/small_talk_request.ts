/**
 * A request for small talk ("tell me a joke", "say something funny", "make me laugh", "讲个笑话", "逗我开心"): the customer is playing, not
 * angry. The lexicon's "a joke" ("this bank is a joke") and the handoff model (P(frustrated) 0.92) read "tell
 * me a joke" as anger, so it was handed over; the assistant answers it as out of scope instead.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const EN =
  /^(can you |could you |will you |please |pls |go on |come on )?(tell|say|give)( me| us)? (a|another|one more|some|any) (joke|jokes|funny story|riddle)( please| pls)?$|^(do you )?know any (good )?(jokes|riddles)$|^(say|tell me) something funny$|^(can you |could you )?sing( me)? a song$|^(please )?(make me laugh|cheer me up)( please)?$/;

const ZH =
  /^(你)?(能|可以|会)?(给我|跟我|和我)?(讲|说|来)(一)?(个|段)?(笑话|段子|冷笑话|脑筋急转弯)(吧|吗|呗|听听)?$|^(你)?(会|能)?唱(一)?首歌(吗|吧)?$|^(你)?(能|可以)?(逗我(笑|开心)|逗逗我)(吧|呗)?$/;

/** The lexicon's terms such a request speaks (the only ones it may have). */
export const SMALL_TALK_WORDS = /joke|riddle|funny|笑话|段子/;

export function isSmallTalkRequest(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 50) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
