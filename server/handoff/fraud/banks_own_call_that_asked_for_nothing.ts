/**
 * A call from the bank told calmly, nothing asked of the customer and nothing given, with the question whether it
 * was really the bank: "信用卡中心来电话说新卡寄出了，让我注意查收，没问我要任何信息，这是真的吗", "刚接到你们热线的电话说
 * 利率要调，我也没给啥信息，是你们打的吧", "Your mortgage team rang about my rate review, didn't ask me for anything. Was
 * that really you?". The labelling spec counts asking whether the bank's own call is genuine as a hard neutral, so
 * the model's unsure alarm stands down (`settled`, only where no scheme is found).
 *
 * Not when the caller wanted money moved, a code, a link followed, an app installed or the account "protected", or
 * the customer went along: those stay scams.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A call from the bank, one of its centres or its hotline. */
const CALL_FROM_THE_BANK = re(
  [
    String.raw`(你们|银行|贵行|信用卡中心|客服热线|热线|客服|客户经理|官方)${C}{0,6}(打来|打过来|来(了)?(个)?电话|来电|打(了)?(个)?电话(给我|过来))`,
    String.raw`(接到|接了|收到)(了)?(你们|银行|贵行|信用卡中心)${C}{0,8}(电话|来电)`,
    String.raw`\b(your|the bank'?s?|the) (bank|branch|fraud team|card team|cards team|mortgage team|credit card (team|centre|center|department)|customer service|helpline|hotline|team|people)\b[^.?!]{0,12}\b(called|rang|phoned|gave me a (call|ring))\b`,
    String.raw`\bgot a (call|ring) from (you|your|the bank)\b`,
  ].join('|'),
);

/** Nothing asked of the customer, nothing given. */
const NOTHING_ASKED = re(
  String.raw`没(有)?(问|跟|向)我(要|索要|问)?(任何|啥|什么)?(信息|资料|密码|验证码|东西|个人信息)|(我)?(也|都)?(没|没有)(给|说|透露|提供)(过)?(啥|任何|什么)?(信息|资料)|什么(都|也)没(问|要)|\b(didn'?t|did not|never) ask (me )?(for )?(anything|any (details|information|info|codes?|passwords?|pins?|personal (details|information)))\b|\bi (didn'?t|did not|never) give (them |him |her )?(anything|any (details|information|info))\b|\bno (details|information|codes?) (were |was )?asked\b`,
);

/** Whether it was really the bank. */
const GENUINE_QUESTION = re(
  String.raw`是真的(吗|么|不|吧|嘛)?|真的假的|是(不是)?你们(打|的)|是你们${C}{0,4}(吧|吗|么)|正规吗|靠谱吗|\b(was|is) (that|it|this) (really )?(you|genuine|legit|legitimate|real|from you|from the bank)\b|\breally from (you|the bank)\b|\bwas it (really )?you\b`,
);

/** What a caller posing as the bank wants, or the customer going along. */
const SCHEME_SIGNS = re(
  String.raw`转账|转到|转入|汇款|安全账户|链接|下载|安装|共享|屏幕|冻结|涉嫌|洗钱|解冻|手续费|保证金|让我(转|点|下|装|开|把|提供|告诉|说)|要我(转|点|下|装|开|把|提供|告诉|说)|我(已经)?(转了|点了|给了|告诉了|说了验证码)|\b(transfer|move|send|safe account|link|download|install|share (my|the) screen|anydesk|teamviewer|frozen|freeze|fee|asked me to|told me to|wanted me to|i (gave|sent|clicked|read out|told them))\b`,
);

/** Whether a lower-cased message asks whether the bank's own call, which asked for nothing, was genuine. */
export function isBanksOwnCallThatAskedForNothing(lower: string): boolean {
  return (
    CALL_FROM_THE_BANK.test(lower) &&
    NOTHING_ASKED.test(lower) &&
    GENUINE_QUESTION.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
