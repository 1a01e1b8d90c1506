/**
 * The customer says they did not understand the assistant ("I don't understand", "what do you mean?",
 * "没听懂", "我不明白你说的", "啥意思"): the whole message is that and nothing else. The intent model read
 * "没听懂" as `deny` (91%), so the assistant answered "好的，没问题。还有其他需要帮忙的吗？", and the handoff
 * policy read "我不明白你说的" as anger and handed the conversation over. "I don't understand why my card was
 * declined" says what is wrong and is understood as that.
 */
import { plainWords } from './cancel_phrases.ts';

const EN = new RegExp(
  '^(sorry |hmm |um |uh )?(' +
    [
      '(i )?(still )?(dont|do not|didnt|did not|cant|cannot|can not) (quite |really )?(understand|get it|follow|follow you|get what you mean|understand what you mean|understand what you said|understand that|understand this|understand you)( at all)?',
      '(what|wdym) (do|did) you mean( by that)?',
      'wdym',
      '(i am|im) (confused|lost|not following)',
      '(that|this|it) (doesnt|does not|didnt|did not) make (any )?sense( to me)?',
      'huh',
      'come again',
    ].join('|') +
    ')( please)?$',
);

const ZH = new RegExp(
  '^(啊|呃|嗯)?(' +
    [
      '(我)?(还是|真的|完全)?(没|没有|不|不太|没太)(听|看)?(懂|明白|清楚)(你(说|讲)的|你的意思|你在说什么|你说的是什么)?(意思)?',
      '(你)?(说|讲)的(是)?(啥|什么)(意思)?',
      '(啥|什么|神马)意思',
      '(我)?(听|看)不(懂|明白)(你(说|讲)的)?',
      '(你(说|讲)的)(我)?(听|看)?不(懂|明白)',
      '(我)?(有点|有些)?(晕|糊涂|懵)(了)?',
    ].join('|') +
    ')(啊|呀|呢|哦|诶|欸)?$',
);

export function isNotUnderstood(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
