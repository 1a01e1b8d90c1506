/**
 * Traditional Chinese (Taiwan, Hong Kong, Macau, overseas: "我的卡丟了怎麼辦") to simplified ("我的卡丢了怎么办"),
 * so what only knows simplified text (intent model, knowledge analyser, handoff signals, flows) reads it.
 *
 * OpenCC's Taiwan and Hong Kong converters, characters and their variants only: no regional vocabulary swap
 * (its `twp` one turns 查詢 into 查找 and 網路 into 网络, words the model knows as they are). Taiwan first
 * (看著 → 看着), then the Hong Kong variants it leaves (衞 → 卫). Every simplified training sentence written
 * out in Taiwan or Hong Kong characters comes back as it was, and simplified text goes through unchanged:
 * save 么, which the Taiwan converter reads as its variant 幺 ("在么" would become "在幺"), so it is kept.
 * Text with no Han character (English) is not touched at all.
 */
import { Converter } from 'opencc-js/t2cn';
import { HAN } from './text_normalize.ts';

const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });

export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  return text
    .split('么')
    .map((part) => fromHongKong(fromTaiwan(part)))
    .join('么');
}
