/**
 * Words that hold a word for a person without meaning one: 人工 across two words, the end of 本人 / 个人 / 私人
 * and the start of 工行 (ICBC), 工资, 工作 ("房东给的是他本人工行卡", "个人工资卡"), and a payment instrument named
 * after the one who issues it ("a banker's draft", "a teller's check", "a cashier's cheque"). Cut out before the
 * phrases of an ask for a person are matched (`explicit_request.ts`); "找个人工客服", "转人工", "can I speak to a
 * banker" keep their sense.
 */

import { PERSON_TO_TALK_TO } from './person_to_talk_to.ts';

/**
 * 人工 made of a word ending in 人 and one starting with 工: 本人|个人|私人|他人|家人|老人|商人|主人|客人|男人|女人|
 * 别人 followed by 工行, 工资, 工商, 工作 (not 工作人员, staff), 工龄, 工伤, 工会, 工号 of their own.
 */
const ZH_ACROSS_TWO_WORDS =
  /(?<=(本|个|私|他|她|家|老|商|主|客|男|女|别|工|友|病)人)(?=工(行|资|商|作(?!人员)|龄|伤|会|钱|厂|地|期|时))/gu;

/**
 * A payment instrument: "banker's draft", "teller's check", "cashier's cheque", "banker's order" (possessive only:
 * "can a banker check my paperwork" asks for a person).
 */
const EN_INSTRUMENT =
  /\b(banker|teller|cashier)(?:'s|s') (draft|drafts|cheque|cheques|check|checks|order|orders|acceptance)\b|\b(banker|teller|cashier)s (draft|drafts|cheque|cheques)\b/g;

/** The message with those look-alikes taken apart, so that no phrase of an ask for a person reads them. */
export function withoutStaffWordLookAlikes(lower: string): string {
  return lower
    .replace(ZH_ACROSS_TWO_WORDS, ' ')
    .replace(EN_INSTRUMENT, (m) => m.slice(m.lastIndexOf(' ') + 1));
}

/** Words for a person to talk to besides those of `PERSON_TO_TALK_TO`. */
const MORE_PEOPLE = /活人|坐席|\b(banker|teller|cashier)\b/i;

/**
 * The message's only word for a person is a look-alike ("两个工人工资能不能今晚一起发", "can I get a banker's draft?"):
 * the trained model's character n-grams read 人工 / "banker" into it, and nothing else asks for one.
 */
export function holdsAStaffWordOnlyByLook(text: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  const apart = withoutStaffWordLookAlikes(lower);
  return apart !== lower && !PERSON_TO_TALK_TO.test(apart) && !MORE_PEOPLE.test(apart);
}
