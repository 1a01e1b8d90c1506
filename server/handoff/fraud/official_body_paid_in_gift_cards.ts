/**
 * A tax office, the police, a court or another public body said to want its payment in gift cards or shop vouchers
 * ("the tax office wants the arrears in Google Play cards, can I pay for them by card?", "税务局说要用京东卡缴税款").
 * No public body takes gift cards: the demand is the scam, however the customer asks about buying them.
 *
 * Not gift cards bought as a present (no public body in it), nor a question whether such a demand is genuine
 * (`hypothetical`), nor one the customer did not act on (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const CARDS = String.raw`(礼品卡|购物卡|充值卡|点卡|京东(e)?卡|苹果卡|游戏卡|超市卡|itunes卡|steam卡)`;
const EN_CARDS = String.raw`(gift|itunes|google play|steam|amazon|apple|walmart|target|ebay|vanilla|prepaid|store) ?(gift )?(cards?|vouchers?)`;

export const GIFT_CARD_DEMAND_CUES = {
  /** Gift cards or vouchers named as the means of paying what is owed ("payment in Apple gift cards", "用京东卡缴"). */
  giftCardsAsPayment: re(
    [
      String.raw`\b(pay(ment|ing)?|paid|settle[ds]?|settling|clear(ed|ing)?|owed?|fine|bill|arrears|debt)\b[^.?!]{0,25}\b(in|with|by|using|via)\b[^.?!]{0,10}\b${EN_CARDS}\b`,
      String.raw`\b(wants?|wanted|asks?|asked|asking|demand(s|ed|ing)?|insists?|told me to (buy|get|send))\b[^.?!]{0,25}\b${EN_CARDS}\b`,
      String.raw`(用|拿|买|购买)${C}{0,4}${CARDS}${C}{0,8}(交|缴|付|支付|抵|还|充)|${CARDS}${C}{0,6}(交|缴|付|抵)(税|款|罚款|费)|(要|让|叫)我${C}{0,4}(买|购买)${C}{0,4}${CARDS}`,
    ].join('|'),
  ),
  /** Whether such a demand is ever genuine, asked ("税务局真的会让人用礼品卡交税吗", "would the tax office ever…"). */
  askedWhetherGenuine: re(
    String.raw`真的会${C}{0,16}吗|会不会${C}{0,16}(礼品卡|购物卡|充值卡|卡)|是不是真的|\bever\b|\b(is|would) (that|this|it) (be )?(legit|genuine|real)\b`,
  ),
  /** A public body: the tax office, customs, the police, a court, a benefits office. */
  publicBody: re(
    String.raw`\b(irs|hmrc|cra|ato|tax (office|department|authority|man)|revenue service|customs|immigration|police|court|sheriff|social security|medicare|dwp|government|council|border (force|agency))\b|税务(局)?|国税|地税|海关|法院|公安|警察|社保(局)?|医保(局)?|出入境|检察院|政府`,
  ),
};

type Cue = keyof typeof GIFT_CARD_DEMAND_CUES | 'notActed' | 'hypothetical';

/** A public body's payment asked in gift cards. */
export const GIFT_CARD_DEMAND_RULES: CueRule<Cue>[] = [
  {
    scheme: 'authority_impersonation',
    all: ['publicBody', 'giftCardsAsPayment'],
    unless: ['notActed', 'hypothetical', 'askedWhetherGenuine'],
    weight: 0.8,
  },
];
