/**
 * Traditional Chinese (Taiwan, Hong Kong, Macau, overseas: "我的卡丟了怎麼辦") to simplified ("我的卡丢了怎么办"),
 * so what only knows simplified text (intent model, knowledge analyser, handoff signals, flows) reads it.
 *
 * OpenCC's Taiwan and Hong Kong converters, characters and their variants only: no regional vocabulary swap
 * (its `twp` one turns 查詢 into 查找 and 網路 into 网络, words the model knows as they are). Taiwan first
 * (看著 → 看着), then the Hong Kong variants it leaves (衞 → 卫). Every simplified training sentence written
 * out in Taiwan or Hong Kong characters comes back as it was, and simplified text goes through unchanged:
 * save 么, which the Taiwan converter reads as its variant 幺 ("在么" would become "在幺"), so it is kept.
 * Text with no Han character (English) is not touched at all, nor is text with no character that any of the
 * converters' entries changes (most simplified messages): the converters are only run when one is present.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
import { HAN } from './text_normalize.ts';

const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });

/** OpenCC dictionaries: "source replacement|source replacement" strings, nested in arrays. */
type Dictionary = string | readonly Dictionary[];

/**
 * Every character that some entry of the three dictionaries replaces: a text holding none of them is
 * returned by the converters as it came (an entry that matches it maps it to itself). 么 is left out, since
 * the text is split on it.
 */
function changingCharacters(): Set<string> {
  const chars = new Set<string>();
  const entry = (source: string, replacement: string): void => {
    if (source === replacement) return;
    const from = [...source];
    const to = [...replacement];
    from.forEach((c, i) => {
      if (from.length !== to.length || c !== to[i]) chars.add(c);
    });
  };
  const walk = (d: Dictionary): void => {
    if (typeof d !== 'string') return d.forEach(walk);
    for (const pair of d.split('|')) {
      const [source, replacement] = pair.split(' ');
      if (source && replacement !== undefined) entry(source, replacement);
    }
  };
  const locale = Locale as unknown as { from: Record<string, Dictionary>; to: Record<string, Dictionary> };
  for (const d of [locale.from['tw'], locale.from['hk'], locale.to['cn']]) if (d) walk(d);
  chars.delete('么');
  return chars;
}

let changing: Set<string> | undefined;

/** True when the text holds a character one of the converters would change. */
function mayChange(text: string): boolean {
  changing ??= changingCharacters();
  for (const c of text) if (changing.has(c)) return true;
  return false;
}

export function toSimplified(text: string): string {
  if (!HAN.test(text) || !mayChange(text)) return text;
  return text
    .split('么')
    .map((part) => fromHongKong(fromTaiwan(part)))
    .join('么');
}
