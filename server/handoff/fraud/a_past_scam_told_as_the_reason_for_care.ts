/**
 * A scam of the past, or someone else's, told as the reason the customer is careful, then a careful ask: a
 * safeguard for themselves or a relative (alerts, a limit, the bank's senior-friendly mode, family sharing) or a
 * payee change they already checked on a number they had: "我姨前几年被冒充客服的骗过，想给我妈的卡开个大额动账提醒",
 * "邻居大爷被卖保健品的骗了，我想给我爷爷的手机银行换成大字版", "my aunt lost money to a romance scam years ago, can I
 * turn on alerts for my mum's card?", "we had payment fraud at my last job so I rang the supplier on the number we've
 * always used, they confirmed, how do I change the payee?". Also a relative's scam call checked with the family at
 * once, nothing given ("她直接打给我确认了，啥事没有").
 *
 * Not when the story reaches the customer now or money went after all (`UNDER_WAY`), nor when the victim is the
 * customer and it is recent, nor when the scammers now turn to the customer (`REACHES_ME_NOW`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { UNDER_WAY } from './protective_setting_after_a_scam_stopped_or_past.ts';

const C = IN_CLAUSE;

/** Someone else was scammed (a relative, a neighbour, a friend, a former workplace), or the customer long ago. */
const SCAM_TOLD = re(
  [
    String.raw`(舅|姨|叔|伯|姑|爸|妈|父亲|母亲|爷爷|奶奶|外婆|外公|姥姥|姥爷|邻居|朋友|同事|亲戚|同学|老人|大爷|大妈|阿姨|他|她|我)${C}{0,16}(被(人)?${C}{0,12}骗|上(过)?当|受(过)?骗)`,
    String.raw`\b(uncle|aunt|auntie|dad|father|mum|mom|mother|gran|grandma|grandad|grandpa|nan|neighbou?r|friend|colleague|cousin|he|she|they|we|i)\b[^.?!]{0,40}\b(scammed|conned|defrauded|swindled|fell for|lost [^.?!]{0,25}\bto (a |an )?[\w-]* ?(scam|fraud|scammers?|fraudsters?))\b|\b(we|i|they|firm|company|business|employer|office) (had|got hit by|suffered|were hit by|was hit by|lost money to) (an? )?[\w-]* ?(fraud|scam)\b`,
  ].join('|'),
);

/** Long past, or at a former workplace. */
const PAST = re(
  String.raw`前(两|几|些)年|年轻(的)?时|以前|之前|当年|那(会|时)(候)?|早年|去年|好(多|些|几)年|[\d一二两三四五六七八九十几]+年前|\b(years? ago|last year|years back|back (then|in)|when (he|she|they|i) (was|were) young(er)?|(my|our) (old|previous|last|former) (company|job|employer|firm|work|workplace)|in (his|her|their|my) (youth|twenties|thirties))\b`,
);

/** The victim is outside the customer's household: a neighbour, a friend, a colleague. */
const NOT_HOUSEHOLD = re(
  String.raw`邻居|朋友|同事|同学|亲戚|别人家|\b(neighbou?rs?|friends?|colleagues?|coworkers?)\b`,
);

/** A relative's scam call checked with the family at once, nothing happened. */
const CHECKED_NOTHING_HAPPENED = re(
  String.raw`(确认|核实|问)(了|过)[^。！？]{0,12}(啥事(都)?没有|没(什么|啥)?事|没出事|是假的|好好的|平安)|\b(checked|rang|called|phoned)\b[^.?!]{0,40}\b(all fine|nothing (had )?happened|(he|she|they) (was|were) fine|it was fake)\b`,
);

/** A safeguard asked for: alerts, limits, the senior-friendly mode, family sharing. */
const SAFEGUARD = re(
  String.raw`提醒|通知|限额|上限|额度|老年(版|模式|人版)|长辈(版|模式)|关怀(版|模式)|大字(版|模式)?|简洁版|家人共享|亲情(账户|卡|号)|白名单|延(时|迟)到账|锁卡|防诈(骗)?(功能|设置|模式)|\b(alerts?|notifications?|limits?|senior|simple mode|easy mode|larger (text|font)|accessib\w*|family sharing|trusted (contact|person)|spending (cap|controls?))\b`,
);

/** A payee change checked on a number or in a place the customer already had. */
const CHECKED_ON_A_KNOWN_CHANNEL = re(
  String.raw`(合同上|以前|一直用|原来|之前|留的)${C}{0,8}(电话|号码)${C}{0,12}(核实|确认|问)|\b(rang|called|phoned|checked with)\b[^.?!]{0,30}\b(number|line)\b[^.?!]{0,30}\b(we'?ve had|we have had|on file|always used|we always use|from (the|our) (contract|records|old invoices)|for years)\b`,
);

/** The approach reaches the customer now ("现在又来找我", "now they're messaging me"). */
const REACHES_ME_NOW = re(
  String.raw`(现在|今天|刚才|刚刚|最近)${C}{0,8}(找|联系|加|催|打给)我|(找|联系|加|催)我(了)?(转|要|借)|\b(messag|call|ring|text|email|contact)\w* me\b|\b(now|today|just now)\b[^.?!]{0,20}\b(asking|wants?|telling|pushing)\b`,
);

/** Asked as a question or a wish. */
const ASKED = re(
  String.raw`[?？]|吗|么|怎么|能不能|可以|可不可以|有没有|想(要|给|把|开|设|教)?|\b(how|can|could|is there|do you|would like|want)\b`,
);

/** Whether a lower-cased message tells a past or someone else's scam as the reason for a careful ask. */
export function isPastScamToldAsTheReasonForCare(lower: string): boolean {
  if (!ASKED.test(lower) || UNDER_WAY.test(lower) || REACHES_ME_NOW.test(lower)) return false;
  if (!SAFEGUARD.test(lower) && !CHECKED_ON_A_KNOWN_CHANNEL.test(lower)) return false;
  if (CHECKED_NOTHING_HAPPENED.test(lower)) return true;
  return SCAM_TOLD.test(lower) && (PAST.test(lower) || NOT_HOUSEHOLD.test(lower));
}
