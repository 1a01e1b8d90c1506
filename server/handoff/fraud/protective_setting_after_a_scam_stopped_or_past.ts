/**
 * A protective setting asked for after a scam that was stopped in time or is long past, the customer's own, a
 * relative's or their company's: "我妈上周差点被冒充客服的骗了，幸好我在旁边，想给她的卡设个每日转账上限", "our firm lost money to
 * a fake CEO email two years ago, can we set up dual approval for business payments?", "my dad nearly sent money to a
 * fake policeman last month, I stopped him, can I lower his daily limit?". The scheme is named as what nearly
 * happened or happened before; nobody is approaching the customer now and the customer asks what the bank offers.
 *
 * Not when the approach goes on or the story reaches the customer now (a fee, someone asking them, "又打来了"), nor
 * when money went and the setting is asked beside it ("已经转了…").
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Stopped in time or long past: 差点, 还好我拦下来了, 前年…骗过一回, "nearly", "two years ago". */
const STOPPED_OR_PAST = re(
  [
    String.raw`(差点|差一点|险些|幸好|好在|幸亏|还好)${C}{0,12}(骗|上当|拦(下|住)|发现|识破|没转|没给)|(拦(下来|住)了|及时(发现|拦住|制止))`,
    String.raw`(之前|以前|曾经|上次|去年|前年|前几年|几年前|[一二两三四五六七八九十几\d]+年前)${C}{0,16}(骗|上当|受骗|接过|接到过|遇到过|碰到过)|(被${C}{0,10}骗|上当|受骗)过(一回|一次|一把|两回|两次)?`,
    // "幸好我在旁边", "luckily I was there": someone of the family was there and it went no further.
    String.raw`(幸好|幸亏|还好|好在)(当时)?(我|我们|家里人|家人)(正好|刚好)?(在)?(旁边|身边|在场|在家|陪着)|\b(luckily|thankfully|fortunately),? (i|we) (was|were) (there|with (her|him|them)|home|around|next to (her|him|them))\b`,
    String.raw`\b(nearly|almost)\b[^.?!]{0,30}\b(scammed|conned|tricked|defrauded|fell for|sent|paid|transferred|gave)\b|\b(i|we) (stopped|caught|talked) (him|her|them|it)\b[^.?!]{0,20}\b(in time|just in time|before)\b|\bjust in time\b`,
    String.raw`\b(years?|months?) ago\b[^.?!]{0,40}\b(scam|scammed|fraud|fake|conned|defrauded)\b|\b(scam|scammed|fraud|fake|conned|defrauded|lost)\b[^.?!]{0,50}\b(years? ago|last year|two years back|a few years back)\b`,
  ].join('|'),
);

/** A protective setting asked for: a lower limit, alerts, dual approval, a block, a delay. */
const PROTECTIVE_SETTING = re(
  String.raw`(转账|交易|支付|每日|每天|单日|单笔)${C}{0,6}(上限|限额|额度)|(设|调|降|改|加)${C}{0,6}(上限|限额|额度)|(双人|双重|二次|多人)(审核|复核|审批|授权|确认)|(复核|审批)(流程|权限)|(转账|交易|动账|大额)${C}{0,4}(提醒|提示|通知)|延(时|迟)到账|白名单|\b(lower|reduce|set|cap)\b[^.?!]{0,20}\blimits?\b|\b(daily|transfer|payment) limits?\b|\b(dual|two-person|two person|second|four-eyes) (approval|authori[sz]ation|sign-?off|signatory)\b|\b(alerts?|notifications?) for\b|\bpayee whitelist\b|\btrusted contact\b|(只能|只可以)(存取|存钱|取钱|存取款|取现)|(不能|不可以|没法)(转账|转出|网上转)的(卡|账户)|\b(card|account) (that|which) (can only|only lets? (her|him|them|you)) (withdraw|deposit|take (cash|money) out)|\b(card|account) (with|without) no (online )?transfers\b|\b(card|account) (that|which) (can'?t|cannot) (make|send|do) transfers\b`,
);

/** Asked as a question or a wish. */
const ASKED = re(
  String.raw`[?？]|吗|么|怎么(弄|办|设|开)?|能不能|能否|可以|可不可以|想(要|给|把|开|设)?|\b(possible|can (i|she|he|we|you)|could|is there|do you (have|offer)|how do (i|we)|wants?|would like)\b`,
);

/** The story reaches the customer now, or money went after all (also read by a_past_scam_told_as_the_reason_for_care.ts). */
export const UNDER_WAY = re(
  String.raw`又(打|来|发|催)|还在(打|催)|(让|叫|要|催)(我|她|他)(?!(帮(她|他))?(问|查|咨询|打听|了解))|(现在|今天|刚才|刚刚|这两天)(又)?(有人|那人|对方|他们|骗子)|已经(转|汇|付|交|给)|(还是|结果)${C}{0,4}(转|汇|给|付)了|手续费|保证金|解冻|安全账户|\b(keeps? (calling|ringing|texting)|(asking|asked|told|telling|wants?|pushing|pressuring) (me|him|her|them|us|my \w+) to|now (someone|somebody|a (man|woman|caller|guy)|they|he|she)|already (sent|paid|transferred)|fee|safe account)\b`,
);

/** Whether a lower-cased message asks for a protective setting after a scam stopped in time or long past. */
export function isProtectiveSettingAfterAScamStoppedOrPast(lower: string): boolean {
  return (
    STOPPED_OR_PAST.test(lower) &&
    PROTECTIVE_SETTING.test(lower) &&
    ASKED.test(lower) &&
    !UNDER_WAY.test(lower)
  );
}
