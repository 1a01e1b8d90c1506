/**
 * A message that is a day and nothing more ("礼拜六", "周六吧", "那就下周一", "on Saturday", "Saturday then"): an
 * answer to "which day?". The intent model hears "礼拜六" as a goodbye (拜拜), and the booking was ended with
 * "网点预约没有办理…再见". A day said with more ("明天再说吧", "maybe tomorrow, bye") is still read as before.
 */
import type { Entity } from '../protocol/protocol.ts';

/** What may stand around the day: particles, "预约", "on", "then", "please". */
const FILLER =
  /那就|那么|就|那|约|预约|定在|定|吧|呢|啊|呀|哦|嗯|好的|好|行|的|\b(?:on|the|this|then|please|ok|okay|make it|let'?s do|how about)\b/giu;

export function saysOnlyADay(text: string, entities: readonly Entity[]): boolean {
  const days = entities.filter((e) => e.type === 'date');
  if (days.length === 0) return false;
  let rest = text;
  for (const e of days) rest = rest.replace(e.text, ' ');
  return (
    rest
      .replace(FILLER, ' ')
      .replace(/[\s,.!?;:，。！？；：、~～…]+/gu, '')
      .trim() === ''
  );
}
