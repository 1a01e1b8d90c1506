/**
 * Scam calls or texts that keep coming, told as a nuisance, with an ask to block or filter them: "骗子电话一天好几个，烦死
 * 了，能不能帮我屏蔽", "天天有诈骗短信，你们能拦截吗", "I get about five scam calls a day, it's driving me mad, can you block
 * them?". Nobody got anything: the customer wants the calls stopped, which is advice and a setting, not a scam under way
 * (settled in `fraud_detector.ts` when no scheme but `victim_report` is read); the outburst at the callers before
 * the ask is off topic for the sentiment scorer (`scamCallsNuisanceSpans`).
 *
 * Not when something was given or done ("…上次还把验证码告诉他了", "I gave one of them my card number"), a call is going on,
 * or the caller is told as asking for something now ("他让我转账").
 */
import { ruleText } from '../rule_text.ts';

/** Scam or nuisance calls or texts, counted or said to keep coming. */
const CALLS_ZH =
  /(骗子|诈骗|骚扰|推销|陌生(号码)?|境外)(的)?(电话|短信|来电|信息)[^。！？]{0,8}(一天|每天|天天|一直|老是|总是|经常|好几(个|条|次|通)|\d+\s*(个|条|次|通)|[两三四五六七八九十]+(个|条|次|通))|(一天|每天|天天|一直|老是|总是|经常)[^。！？]{0,6}(接|收)(到)?[^。！？]{0,6}(骗子|诈骗|骚扰|推销|陌生)[^。！？]{0,4}(电话|短信|来电|信息)/;
const CALLS_EN =
  /\b(scam|spam|nuisance|fraud|fake|dodgy|cold|robo|junk)[ -]?(calls?|texts?|messages?)\b[^.?!]{0,30}\b(a day|every day|daily|a week|all the time|constantly|non-?stop|keep coming)\b|\b(keep|keeps|constantly|always) (getting|receiving) (\w+ ){0,2}(scam|spam|nuisance|fraud|fake|dodgy|cold|robo|junk)[ -]?(calls?|texts?|messages?)\b|\b(get|getting|receive|receiving) (about |around |like )?(\d+|two|three|four|five|six|ten|several|loads of|lots of|so many) (\w+ )?(scam|spam|nuisance|fraud|fake|dodgy|robo|junk)[ -]?(calls?|texts?|messages?)\b/;

/** An ask to block, filter or stop them. */
const BLOCK_ZH = /拦截|屏蔽|拉黑|过滤|挡掉|不让(他们)?打|防骚扰|别让[^。！？]{0,6}打/;
const BLOCK_EN =
  /\b(block|filter|stop|screen|bar|intercept)\b[^.?!]{0,20}\b(them|these|those|it|calls?|texts?|messages?|numbers?)\b|\bcall blocking\b|\bspam filter\b/;

/** Something given or done, or a caller's instruction now. */
const GIVEN =
  /把[^。！？]{0,6}(验证码|密码|卡号|身份证号?)[^。！？]{0,6}(告诉|给|发|报|念)|(告诉|给|发|报|念)(了|过)(他|她|对方|他们)?[^。！？]{0,6}(验证码|密码|卡号|身份证)|(转|汇|付|交)了|点(了|开了)(链接|网址)|(他|她|对方|那人)[^。！？]{0,4}(让我|叫我|要我)|\b(i )?(gave|told|sent|paid|transferred|clicked|shared|read out)\b[^.?!]{0,20}\b(them|him|her|code|pin|password|card|details|money|link)\b|\b(he|she|they|the caller) (told|asked|wants) me to\b|\b(on the (phone|line)|right now)\b/;

/** Whether scam calls that keep coming are told as a nuisance, with an ask to block them (see the file comment). */
export function isScamCallsAskedToBeBlocked(text: string): boolean {
  const lower = ruleText(text);
  return (
    (CALLS_ZH.test(lower) || CALLS_EN.test(lower)) &&
    (BLOCK_ZH.test(lower) || BLOCK_EN.test(lower)) &&
    !GIVEN.test(lower)
  );
}

/**
 * The nuisance told before the ask to block (the calls and the outburst at them, "骗子电话一天接三个 烦都烦死了"), as start
 * and end offsets in a lower-cased text: anger at the callers, not at the bank, read as off topic by the sentiment scorer.
 */
export function scamCallsNuisanceSpans(lower: string): Array<[number, number]> {
  if (!isScamCallsAskedToBeBlocked(lower)) return [];
  const calls = CALLS_ZH.exec(lower) ?? CALLS_EN.exec(lower);
  const block = BLOCK_ZH.exec(lower) ?? BLOCK_EN.exec(lower);
  if (!calls || !block || block.index <= calls.index) return [];
  return [[calls.index, block.index]];
}
