/**
 * A customer who only says they are travelling abroad: "下周去日本玩", "我下个月要去欧洲出差", "我要出国了", "off to
 * spain on saturday", "going to japan next week". No question is asked, but the bank has something to say
 * before a trip: the using-a-card-abroad article (no travel notice needed, payments abroad switched on,
 * conversion fees). No intent covers it, and alone such a statement got the out-of-scope fallback (the
 * intent model hears nothing banking; retrieval ranked currency exchange or branch hours, "saturday",
 * first, under the threshold).
 *
 * Only a statement that is nothing but the trip counts: a going word and a place abroad (or 出国 / "abroad"),
 * with at most who goes, when, for how long and what for. Anything else in the message ("去日本取钱", "下周去
 * 日本，卡能用吗", "send money to spain") is another request or question, answered as before.
 */
import { lettersAndDigits } from '../nlu/text_normalize.ts';

/** The article that answers a trip abroad (knowledge/<locale>/card_use_abroad.md). */
export const CARD_ABROAD_ARTICLE = 'card_use_abroad';

const ZH_PLACES =
  '国外|境外|海外|外国|欧洲|美洲|北美|东南亚|中东|非洲|日本|美国|英国|法国|德国|意大利|西班牙|葡萄牙|荷兰|瑞士|瑞典|挪威|芬兰|丹麦|冰岛|希腊|土耳其|埃及|俄罗斯|泰国|韩国|越南|新加坡|马来西亚|印尼|印度尼西亚|菲律宾|柬埔寨|老挝|印度|斯里兰卡|马尔代夫|香港|澳门|台湾|澳大利亚|澳洲|新西兰|加拿大|迪拜|东京|大阪|京都|北海道|冲绳|首尔|济州岛|曼谷|清迈|普吉岛|巴厘岛|伦敦|巴黎|罗马|纽约|洛杉矶|旧金山|悉尼|墨尔本|温哥华|多伦多';

/** Going abroad on its own (出国, 出境) or going to a place abroad. */
const ZH_ABROAD = /出国|出境/u;
const ZH_PLACE = new RegExp(ZH_PLACES, 'u');
const ZH_GO = /出国|出境|去|到|飞|前往|出发/u;

/** What a trip statement may say besides going and where, taken out longest first; nothing may be left. */
const ZH_TRIP_WORDS: readonly RegExp[] = [
  new RegExp(ZH_PLACES, 'gu'),
  // when
  /(?:下|这|本|上)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天末]?|下个?月(?:初|中|底)?|这个?月(?:初|中|底)?|月[初中底]|明天|后天|大后天|过(?:几|两|一段)天|过段时间|最近|马上|很快|今年|明年|年[底后]|春节|国庆|五一|十一|元旦|圣诞|暑假|寒假|假期|放假/gu,
  /(?:\d+|[一二三四五六七八九十两]+)(?:月(?:\d+|[一二三四五六七八九十]+)?[日号]?|号)|(?:\d+|[一二三四五六七八九十两半]+)(?:个)?(?:天|周|星期|礼拜|月)(?:后|以后|之后)?/gu,
  // who
  /(?:和|跟|带着?|陪)(?:家人|家里人|老婆|老公|爱人|太太|先生|孩子|小孩|父母|爸妈|老人|朋友|同事|女朋友|男朋友|闺蜜)|全家|一家人|我们|咱们|我/gu,
  // going and what for
  /出国|出境|出发|前往|去|到|飞|回/gu,
  /旅游|旅行|度假|游玩|玩|出差|探亲|留学|读书|上学|开会|工作|办事|考察|看(?:孩子|女儿|儿子|朋友|亲戚)|一趟|一下|几天|一阵子/gu,
  /要|准备|打算|计划|将|会|想|就要|快要|得|正|在/gu,
  /你好|您好|了|啦|咯|哦|呀|啊|哈|嗯|的|一|[\s，,。.！!~～…]/gu,
];

const EN_PLACES = [
  'abroad',
  'overseas',
  'another country',
  'a foreign country',
  'the us',
  'the usa',
  'the states',
  'the uk',
  'new york',
  'los angeles',
  'san francisco',
  'hong kong',
  'new zealand',
  'south korea',
  'south east asia',
  'southeast asia',
  'europe',
  'asia',
  'america',
  'africa',
  'japan',
  'tokyo',
  'osaka',
  'kyoto',
  'korea',
  'seoul',
  'thailand',
  'bangkok',
  'phuket',
  'vietnam',
  'singapore',
  'malaysia',
  'indonesia',
  'bali',
  'philippines',
  'india',
  'macau',
  'macao',
  'taiwan',
  'australia',
  'sydney',
  'melbourne',
  'canada',
  'vancouver',
  'toronto',
  'britain',
  'england',
  'london',
  'france',
  'paris',
  'germany',
  'berlin',
  'italy',
  'rome',
  'spain',
  'madrid',
  'barcelona',
  'portugal',
  'lisbon',
  'greece',
  'turkey',
  'egypt',
  'dubai',
  'switzerland',
  'netherlands',
  'amsterdam',
  'russia',
];
const EN_PLACE = new RegExp(`\\b(?:${EN_PLACES.join('|')})\\b`, 'g');

/** Going: at least one of these must be said. */
const EN_GO = new Set(
  'going go goin gonna heading headed head off flying fly travelling traveling travel leaving leave trip holiday holidays vacation visiting visit'.split(
    ' ',
  ),
);
/** Who, when, for how long and what for: allowed beside going and the place. */
const EN_TRIP_WORDS = new Set(
  [
    'i im am we were are will be ill well be gonna to for in on at a an the my our with and of so just',
    'hi hey hello fyi btw soon shortly tomorrow tonight today next this coming week weeks weekend month months year',
    'days day couple few two three four five ten fortnight later after',
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun',
    'january february march april may june july august september october november december',
    'business work family wife husband kids children parents friends friend partner mum mom dad honeymoon study',
  ].flatMap((w) => w.split(' ')),
);

const plain = lettersAndDigits;

function zhTrip(text: string): boolean {
  const s = plain(text).replace(/ /g, '');
  if (!/\p{Script=Han}/u.test(s) || s.length > 24) return false;
  if (!(ZH_ABROAD.test(s) || (ZH_PLACE.test(s) && ZH_GO.test(s)))) return false;
  const left = ZH_TRIP_WORDS.reduce((rest, words) => rest.replace(words, ''), s);
  return left.length === 0;
}

function enTrip(text: string): boolean {
  const s = plain(text);
  if (s.length === 0 || s.split(' ').length > 14) return false;
  const rest = s.replace(EN_PLACE, ' ');
  if (rest === s) return false;
  const words = rest.split(' ').filter((w) => w.length > 0);
  return words.some((w) => EN_GO.has(w)) && words.every((w) => EN_GO.has(w) || EN_TRIP_WORDS.has(w));
}

/** The message only says the customer is going abroad (who, when, what for at most), and asks nothing else. */
export function announcesTripAbroad(text: string): boolean {
  return zhTrip(text) || enTrip(text);
}
