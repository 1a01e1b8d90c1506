/**
 * One scam call seen through at once, told lightly, with the number asked to be flagged, blocked or reported: "刚有人打
 * 电话说我快递丢了要理赔，我一听就是骗子，直接笑了，这号码能帮忙标记一下吗", "Got a call from 'HMRC' saying I owe tax, knew
 * straight away it was a scam, lol. Can you flag the number?". The customer gave nothing and ended it; what they want is
 * a setting or a report, not help with a scam under way (settled in `fraud_detector.ts` when no scheme but
 * `victim_report` is read).
 *
 * Not when something was given or done (a code told, money sent, a link opened, an app installed), the call is still
 * going on, or the caller is told as wanting something the customer is about to do.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A call or a text. */
const CALL = re(String.raw`电话|来电|短信|\b(call|called|rang|phoned|text|texted)\b`);

/** Seen through at once. */
const SEEN_THROUGH = re(
  String.raw`一(听|看)就(是|知道|晓得|不对|觉得)${C}{0,4}(假|骗|不对|有问题)?|(明显|肯定|摆明)(就)?是(骗子|假的|诈骗)|(没|不)(上当|理他|搭理)|\b(knew|could tell|realised|realized)\b[^.?!]{0,20}\b(straight away|right away|at once|immediately|instantly|it was (a scam|fake|dodgy))\b|\b(obviously|clearly) (a )?(scam|fake|dodgy)\b`,
);

/** The number asked to be flagged, blocked or reported. */
const FLAG = re(
  String.raw`(号码|电话|这个号|这种号|这号)${C}{0,10}(标记|拉黑|屏蔽|举报|上报|拦截)|(标记|拉黑|屏蔽|举报|上报|拦截)${C}{0,6}(号码|电话|这个号|一下)|\b(flag|block|report|blacklist)\b[^.?!]{0,20}\b(number|numbers|caller|it)\b`,
);

/** Something given or done, or the call still going on. */
const GIVEN = re(
  String.raw`(告诉|给|发|报|念|输)(了|过)(他|她|对方|他们)?${C}{0,6}(验证码|密码|卡号|身份证)|把${C}{0,6}(验证码|密码|卡号|身份证号?)${C}{0,6}(告诉|给|发|报|念)|(转|汇|付|交|充)了|点(了|开了?)(链接|网址)|(下载|安装|装)了|共享(了)?屏幕|还在(通话|打)|正在(通话|打)|\b(i )?(gave|told|sent|paid|transferred|clicked|shared|installed|downloaded|read out)\b[^.?!]{0,20}\b(them|him|her|code|pin|password|card|details|money|link|app)\b|\b(on the (phone|line)|still on|right now)\b`,
);

/** Whether a lower-cased message tells a scam call seen through at once and asks for the number to be flagged. */
export function isScamCallSeenThroughAtOnceNumberAskedToBeFlagged(lower: string): boolean {
  return CALL.test(lower) && SEEN_THROUGH.test(lower) && FLAG.test(lower) && !GIVEN.test(lower);
}
