/**
 * An approach the customer did not go along with, told after the fact in forms `approach_turned_down_nothing_given.ts` does not
 * hear: pulled into a task or an "investment" group and left it without doing anything ("之前被拉进一个返利群，我什么
 * 都没做就退群了", "added to a 'task' chat, left without doing a single task"), or a request for money checked with
 * the real person, found false and not paid ("有人冒充我表哥要钱，我打电话问表哥核实是假的就没转", "someone pretending to
 * be my son asked for money, I rang him, it was fake, so I didn't send anything"). The scheme's words are all there,
 * so a rule names it; the customer gave nothing and asks what to do now (is my card safe, how to report the
 * account), a question for the assistant (`declined`), as for an approach refused outright.
 *
 * Not when anything was given or done after all, the approach goes on, or the customer says they were scammed
 * (the same checks as `approach_turned_down_nothing_given.ts`).
 */
import { re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

const C = String.raw`[^，。！？,.!?]`;

/** Left a group or a chat without doing anything in it. */
const LEFT_WITHOUT_TAKING_PART = re(
  [
    String.raw`(?<![他她们])我${C}{0,6}(没做|没参与|没参加|没投|没充|没跟|啥都没做|什么都没做|一单都没做|一单没做)${C}{0,4}(就|直接|马上)?(退|退出|退了|退群|删了)`,
    String.raw`\b(left|quit|exited) (the |that )?(group|chat|channel)\b[^.?!]{0,30}\bwithout (doing|paying|sending|investing|depositing|completing)\b`,
    String.raw`\bwithout (doing|paying|sending|investing|depositing|completing) (anything|a thing|a single \w+|any \w+)\b[^.?!]{0,20}\b(left|quit|exited)\b`,
    String.raw`\b(didn'?t|did not|never) (do|pay|send|invest|deposit) (anything|a thing|a penny|any tasks?)\b[^.?!]{0,20}\b(and|so) (i )?(just )?(left|quit|exited)\b`,
  ].join('|'),
);

/** Checked with the real person, found false, paid nothing. */
const CHECKED_FAKE_NOT_PAID = re(
  [
    String.raw`(核实|确认|问)(了|过|了一下)?${C}{0,4}(是|都是)?(假的|骗子|冒充的)${C}{0,4}(就|所以|我就|我)?(没|没有)(转|给|汇|打|借|付)`,
    String.raw`(打|回)(了)?(个)?电话(给|问)${C}{0,10}(是|都是)?(假的|骗子|冒充的)${C}{0,4}(就|所以|我就|我)?(没|没有)(转|给|汇|打|借|付)`,
    String.raw`\b(rang|called|phoned|checked with|texted)\b[^.?!]{0,40}\b(it was|it's|was) (fake|a scam|not (him|her|them))\b[^.?!]{0,30}\b(so )?(i )?(didn'?t|did not|never) (send|pay|transfer|lend)\b`,
  ].join('|'),
);

/**
 * The real person rung and so nothing sent ("我打电话问她就没转", "I rang him first so I didn't send anything"), or the
 * real company's own line rung and there was no such thing ("打了顺丰官方电话确认根本没这回事", "called the courier's
 * official number and there was no such claim"): checked, nothing given (check set dec50).
 */
const CHECKED_WITH_THE_REAL_ONE_GAVE_NOTHING = re(
  [
    String.raw`(打|回)(了)?(个)?电话(给|问)${C}{0,6}(就|所以|我就|于是)(没|没有)(转|给|汇|打钱|借|付)`,
    String.raw`(打|拨|问)(了)?${C}{0,8}(官方|官网上的|正规)(客服)?(电话|热线|客服)${C}{0,8}(确认|核实|一问|问了)${C}{0,6}(根本)?(没(有)?(这回事|这事|这码事|这种事)|是假的)`,
    String.raw`\b(rang|called|phoned) (her|him|them|my \w+)( \w+)?( first| directly| straight away)?\b[^.?!]{0,10}\b(so|and) (i )?(didn'?t|did not|never) (send|pay|transfer|lend)\b`,
    String.raw`\b(rang|called|phoned)\b[^.?!]{0,40}\b(official|real|actual|genuine) (number|line|helpline|customer service)\b[^.?!]{0,40}\b(no such|nothing of the sort|never happened|there was no|there's no|it was (fake|a scam))\b`,
  ].join('|'),
);

/** The one who asked still comes now ("现在又换了个号来要钱", "now they keep messaging asking me to pay"). */
const STILL_COMING = re(
  String.raw`(现在|今天|这两天|刚才|刚刚)${C}{0,6}(又|还)|又换|又(用|拿)${C}{0,4}(号|账号)|\b(now|today|this morning)\b[^.?!]{0,30}\b(again|keeps?|keep|still|asking|messaging|calling|texting)\b|\bkeeps? (messaging|asking|texting|calling)\b`,
);

/** The customer says they were scammed after all. */
const SCAMMED = re(
  String.raw`被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** Whether a lower-cased message tells an approach left or checked, nothing given (see the file comment). */
export function isLeftOrCheckedAndGaveNothing(lower: string): boolean {
  return (
    (LEFT_WITHOUT_TAKING_PART.test(lower) ||
      CHECKED_FAKE_NOT_PAID.test(lower) ||
      (CHECKED_WITH_THE_REAL_ONE_GAVE_NOTHING.test(lower) && !STILL_COMING.test(lower))) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !SCAMMED.test(lower)
  );
}
