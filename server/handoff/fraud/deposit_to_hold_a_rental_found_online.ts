/**
 * A place to rent found online (a flat, a holiday home, a room on a listing site or in a group), whose "landlord"
 * wants a deposit or the first rent transferred before anything else to hold it: "网上看中一套民宿，房东让先转两千定金
 * 才给我留着", "found a flat on Facebook Marketplace, the landlord wants a £500 holding deposit to keep it for me". The
 * listing is often a copy of a real one; the deposit is gone and the place was never theirs.
 *
 * Not when the customer has viewed the place or signed a contract (`viewedOrSigned`, `verified`), nor turned it down.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

const PLACE_ZH = String.raw`(房|房子|房源|民宿|公寓|海景房|别墅|单间|合租|整租)`;
const PLACE_EN = String.raw`(flat|apartment|room|house|villa|cottage|cabin|studio|holiday (let|home|rental)|rental|place|property)`;

export const RENTAL_HOLD_CUES = {
  /** A rental found online: on a listing site, an app, a social network or a group. */
  rentalFoundOnline: re(
    [
      String.raw`(网上|线上|app上|平台上|闲鱼|小红书|朋友圈|微信群|抖音|58同城|租房(app|网|平台|群))${C}{0,12}(租|订|看中|看到|找到)${C}{0,10}${PLACE_ZH}`,
      String.raw`\b(found|saw|seen|spotted|booked|renting|rented|rent)\b[^.?!]{0,40}\b${PLACE_EN}\b[^.?!]{0,30}\b(online|on (facebook|gumtree|craigslist|marketplace|instagram|a website|a group|zoopla|rightmove|spareroom|openrent|whatsapp))\b`,
      String.raw`\b(online|facebook|gumtree|craigslist|marketplace|instagram)\b[^.?!]{0,30}\b(listing|ad|advert|post)\b[^.?!]{0,30}\b${PLACE_EN}\b|\b${PLACE_EN}\b[^.?!]{0,30}\b(listing|ad|advert)\b[^.?!]{0,20}\b(online|on facebook|on gumtree|on marketplace)\b`,
    ].join('|'),
  ),
  /** A deposit or the first rent to be transferred first, to hold the place. */
  holdDeposit: re(
    [
      String.raw`(押金|定金|订金|预付|房租|租金)${C}{0,10}(才|就)(能|会|给我|帮我)?(留|保留|锁|定)|留房|锁房|保留房源|帮我留(着)?|(先(转|付|交|打))${C}{0,8}(押金|定金|订金|房租|租金)`,
      String.raw`\b(deposit|holding fee|first month'?s? rent|advance|rent)\b[^.?!]{0,40}\b(to (hold|secure|reserve|keep) (it|the \w+)|before (someone|anyone|somebody) else|or (it|they)('ll| will) (go|give it|let it))\b|\b(holding deposit|reservation fee)\b|\b(hold|secure|reserve|keep)\b[^.?!]{0,15}\bfor me\b[^.?!]{0,40}\b(deposit|pay|transfer|send)\b`,
    ].join('|'),
  ),
  /** The customer has seen the place or signed for it. */
  viewedOrSigned: re(
    String.raw`看过(房|了)|实地看|去看了|当面(签|看)|签(了|过)(合同|租约)|\b(viewed it|been to see it|saw it in person|went to see it|visited it|signed (the|a) (lease|contract|tenancy))\b`,
  ),
};

type Cue = keyof typeof RENTAL_HOLD_CUES | 'verified' | 'notActed' | 'hypothetical';

/** A deposit asked to hold a rental found online, before it was seen. */
export const RENTAL_HOLD_RULES: CueRule<Cue>[] = [
  {
    scheme: 'advance_fee',
    all: ['rentalFoundOnline', 'holdDeposit'],
    unless: ['viewedOrSigned', 'verified', 'notActed', 'hypothetical'],
    weight: 0.7,
  },
];
