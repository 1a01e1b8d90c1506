/**
 * A betrothal gift or a bride price paid to the fiancée's family after the two families have met in person: "相亲认识半
 * 年，两家人都见过面了，订婚彩礼商量好8.8万，我一次转给她爸会不会被拦", "we met her parents last month and agreed the bride
 * price, can I send it to her father in one go?". The model learnt 彩礼 and a partner's father from romance scams and
 * the intent classifier reads a fraud report; here the families met and agreed it face to face, and the customer asks
 * how the payment goes (`settled`).
 *
 * Not when the partner was met online or never in person, is abroad or in trouble, someone else pushes or hurries the
 * payment, or it goes to an account of someone the customer has not met: the romance-scam rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The betrothal gift, the bride price or the dowry. */
const BETROTHAL_GIFT = re(
  String.raw`彩礼|聘礼|聘金|订婚(钱|金)|\b(bride ?price|betrothal (gift|money)|dowry|lobola|mahr)\b`,
);

/** The two families met in person, or the customer met the fiancée's parents. */
const FAMILIES_MET = re(
  String.raw`(两家|双方家长|家长|父母|她(爸|妈|家)|他(爸|妈|家))${C}{0,6}(都)?(见过|见了|见面|碰过面|吃过饭)|(见过|见了)${C}{0,4}(家长|父母|她(爸|妈)|他(爸|妈))|上门提亲|\b(met|meeting|visited) (her|his|their|my fianc[eé]e?'?s?) (parents|family|father|dad|mother|mum|mom)\b|\b(both|our|the two) families (have )?(met|agreed|sat down)\b`,
);

/** The romance scam's signs: met online, never in person, abroad, in trouble, or someone pushing. */
const SCHEME_SIGNS = re(
  String.raw`网上|网恋|网友|交友(软件|app|平台)|没见过|没见面|视频里|国外|海外|出事|急用|催|让我先|链接|验证码|客服|平台|\b(online|dating|app|never met|haven'?t met|not met|abroad|overseas|army|soldier|urgent\w*|hurry|customs|code|platform|link)\b`,
);

/** Whether a lower-cased message pays a betrothal gift after the families met (see the file comment). */
export function isBetrothalGiftAfterMeetingTheFamily(lower: string): boolean {
  return BETROTHAL_GIFT.test(lower) && FAMILIES_MET.test(lower) && !SCHEME_SIGNS.test(lower);
}
