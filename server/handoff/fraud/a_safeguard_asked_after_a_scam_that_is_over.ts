/**
 * A safeguard asked for after a scam that is over, told in words the older rules (`a_past_scam_told_as_the_reason_for_care.ts`,
 * `protective_setting_after_a_scam_stopped_or_past.ts`) do not hear: the money long gone ("早就追不回来了", 忽悠亏了八万
 * without a 骗), a relative's "emergency" call checked with the family at once and nobody in trouble ("她先打给我确认，我好好的
 * 啥事没有"), or the customer's own escape from a scammer last year ("I escaped a phone scammer last year"). The customer
 * then asks for a setting of the bank's: a limit, a large transfer confirmed by the children, a way to check that a
 * call is really the bank's. Nobody is approaching anyone now: no scam under way (`settled`).
 *
 * Not when the story reaches the customer now or money went after all (`UNDER_WAY`), nor when someone is asking for
 * a payment now (`PUSHED_NOW`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import { UNDER_WAY } from './protective_setting_after_a_scam_stopped_or_past.ts';

const C = IN_CLAUSE;

/** The scam is over: the money long gone, the "emergency" checked and nobody in trouble, an escape in the past. */
const OVER = re(
  [
    // The money long gone: 钱早就追不回来了, 要不回来了, 认栽了.
    String.raw`(早就|早已|已经|肯定)?(追|要|拿|找)不回来(了)?|认栽(了)?`,
    // A relative's "emergency" checked with the family at once, nobody in trouble.
    String.raw`(先|马上|立刻|赶紧|直接)?(打给|打电话给|问|联系|找)(了)?(我|我们|家里|家人|儿子|女儿|孙子|孙女)${C}{0,4}(确认|核实|求证|问问)`,
    String.raw`(我|他|她|人)(好好的|没事|平安)${C}{0,4}(啥|什么)?(事)?(都)?(没有)?|(啥|什么)事(都|也)?没有`,
    // A loss long past: 前年被…忽悠亏了八万.
    String.raw`(前年|去年|前几年|几年前|[一二两三四五六七八九十\d]+年前|那年|当年)${C}{0,20}(忽悠|亏了|亏掉|赔了|骗)`,
    String.raw`\b(i|we|she|he|they) (escaped|got away from|shook off|saw through)\b[^.?!]{0,40}\b(scam|scammers?|fraudsters?|con)\w*`,
    String.raw`\b(scam|scammers?|fraudsters?|fraud|con)\w*\b[^.?!]{0,40}\b(last year|years? ago|months ago|a while back|long ago)\b`,
    String.raw`\b(it was|turned out|he was|she was) (fine|ok|okay|safe|at home|at work)\b[^.?!]{0,30}\b(all along|the whole time|nothing (had )?happened)\b|\bnothing (had )?happened to (him|her|them)\b`,
    String.raw`\b(turned out|it turns out|it turned out) (i|he|she|they|we) (was|were|am|is|are) (fine|ok|okay|safe|at home|at work)\b|\b(she|he|they|mum|mom|dad|nan|gran|grandma|grandad|grandpa) (rang|called|phoned|texted|checked with) (me|us) first\b`,
  ].join('|'),
);

/** A setting of the bank's that guards against a scam. */
const SAFEGUARD = re(
  String.raw`(转账|交易|支付|每日|每天|单日|单笔|夜间)${C}{0,6}(上限|限额|额度)|(设|调|降|改|加)${C}{0,6}(上限|限额|额度)|(子女|儿女|家人|亲属|监护人|紧急联系人)${C}{0,4}(确认|审核|同意|授权|知道|提醒)|大额${C}{0,6}(提醒|确认|审核|延迟|延时|冷静期)|延(时|迟)到账|白名单|(来电|电话)${C}{0,4}(验证|核实|识别|认证)|\b(call|caller|phone) (verification|check|checker|id check)\b|\b(check|verify|confirm) (if|that|whether) it'?s (really )?(you|the bank)( calling)?\b|\b(lower|reduce|set|cap)\b[^.?!]{0,20}\blimits?\b|\b(daily|transfer|payment) limits?\b|\btrusted (contact|person)\b|\b(alerts?|notifications?) for (large|big|every)\b`,
);

/** Asked as a question or a wish. */
const ASKED = re(
  String.raw`[?？]|吗|么|有没有|有木有|有无|咋(操作|弄|设|开|办)?|怎么(弄|办|设|开|操作)?|能不能|能否|可以|想(要|给|把|开|设)|\b(can (i|she|he|we|you)|could|is there|do you (have|offer)|how (do|can) (i|we)|want to know|would like)\b`,
);

/** Someone asks for a payment or a code now. */
const PUSHED_NOW = re(
  String.raw`(现在|今天|刚才|刚刚)${C}{0,6}(让|叫|要|催)(我|她|他)(转|汇|交|付|给|打|报|念|点)|\b(now|today) (they|he|she|someone|the caller) (wants?|asks?|is asking|says?)\b`,
);

/** Whether a lower-cased message asks for a safeguard after a scam that is over (see the file comment). */
export function isSafeguardAskedAfterAScamThatIsOver(lower: string): boolean {
  return (
    OVER.test(lower) &&
    SAFEGUARD.test(lower) &&
    ASKED.test(lower) &&
    !UNDER_WAY.test(lower) &&
    !PUSHED_NOW.test(lower)
  );
}
