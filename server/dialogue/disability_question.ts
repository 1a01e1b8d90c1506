/**
 * A customer who says they have a disability, or asks about service for one: "我是盲人，能开户吗", "我耳朵听不见，
 * 可以办业务吗", "聋哑人怎么办卡", "I'm blind, can I still open an account", "I use a wheelchair, can I get into the
 * branch". No intent covers it: the intent model hears the business named (open_account, required_documents)
 * and its answer says nothing about how a blind or deaf customer does it. The article `accessibility_services`
 * is the answer (read aloud and a witness, a fingerprint, sign-language video, step-free branches).
 *
 * An older customer's frailty ("老人腿脚不方便", "my mum is 85 and uses a wheelchair") is the elderly-services
 * article's: a wheelchair, poor eyesight or hearing beside an age is not taken here; blindness, deafness, sign
 * language or a disability named outright is. A disability benefit ("残疾人补贴到账了吗") is a payment, not a
 * service question, and "fell on deaf ears", "盲盒", "文盲", "吃了哑巴亏" or a disabled card are no disability.
 * A request the chat carries out ("我是盲人，帮我查一下余额") keeps its intent.
 */

/** The article that answers these questions (knowledge/<locale>/accessibility_services.md). */
export const ACCESSIBILITY_ARTICLE = 'accessibility_services';

/** Named outright: blind, deaf, mute, sign language, a disability. */
const ZH_STRONG =
  /盲人|失明|眼盲|全盲|视障|视力障碍|视力残疾|视力残障|盲文|导盲|瞎子|眼睛瞎|眼睛看不见|眼睛看不到|看不见东西|我看不见(?=[，,。！？?\s]|$|.{0,2}(?:能|可以|怎么|咋))|聋|听障|听力障碍|听力残疾|听力残障|耳朵听不见|耳朵听不到|我听不见(?=[，,。！？?\s]|$|.{0,2}(?:能|可以|怎么|咋))|助听器|哑人|我是哑巴|语言障碍|言语障碍|手语|残疾|残障|残联|截肢|肢体障碍|无障碍/u;
/** Frailty that comes with age as well: taken only when no age is named. */
const ZH_WEAK = /轮椅|耳背|听力不好|听力差|视力不好|视力差|低视力|眼睛不好/u;
const ZH_AGE =
  /老人|老年|老太|老头|长辈|年纪大|岁数大|上了年纪|\d+多?岁|[六七八九]十多?岁|爷爷|奶奶|姥姥|姥爷|外婆|外公|爸|妈|父母|老伴/u;
/** A disability benefit paid in, not a question of service; "盲盒", "文盲", "哑巴亏" are no disability. */
const ZH_NOT = /补贴|补助|津贴|救助金|残疾金|抚恤|盲盒|文盲/u;

const EN_STRONG =
  /\b(?:blind|visually impaired|vision impaired|partially sighted|sight loss|lost my sight|low vision|deaf|hard of hearing|hearing impaired|hearing[- ]impairment|hearing loss|hearing aids?|sign language|guide dogs?|braille|screen readers?|speech impair\w*|deaf-mute|a disability|disabilities|handicapped|disabled (?:customers?|people|persons?|person|access|parking|toilets?|son|daughter|husband|wife|child|user|users)|(?:i'?m|i am|he'?s|she'?s|he is|she is) disabled|accessibility (?:services?|features?|support|options?|help))\b/i;
const EN_WEAK =
  /\b(?:wheelchairs?|step-free|poor eyesight|can'?t see well|cannot see well|hearing is bad)\b/i;
const EN_AGE =
  /\b(?:elderly|senior|seniors|old|older|aged|pensioner|retired|\d{2} ?(?:years old|yrs old|yo)|(?:mum|mom|dad|mother|father|grandma|grandmother|grandpa|grandfather|gran|granny|nan|parents?) is \d+)\b/i;
/** "fell on deaf ears" is a complaint, "blind spot" / "blind transfer" no disability, a benefit a payment. */
const EN_NOT =
  /\bdeaf ears\b|\bturn(?:ed|ing)? a deaf ear\b|\bblind (?:to|spot|eye|trust|transfer|date)\b|\bdisability (?:benefits?|allowance|pension|payments?)\b/i;

/** A request the chat carries out, whoever asks it: the balance, a transfer, a top-up, a lost card. */
const REQUEST =
  /帮我(?:查|转|充|交|缴|冻结|挂失)|查(?:一下|下)?(?:我的)?(?:余额|明细|交易)|\b(?:check|show|tell me|what'?s) my (?:balance|transactions|statement)\b|\b(?:transfer|send|pay) (?:¥|\$)?\d/i;

export function asksAboutDisability(text: string): boolean {
  if (REQUEST.test(text)) return false;
  const zh = !ZH_NOT.test(text) && (ZH_STRONG.test(text) || (ZH_WEAK.test(text) && !ZH_AGE.test(text)));
  const lower = text.replace(/[’‘]/g, "'");
  const en = !EN_NOT.test(lower) && (EN_STRONG.test(lower) || (EN_WEAK.test(lower) && !EN_AGE.test(lower)));
  return zh || en;
}
