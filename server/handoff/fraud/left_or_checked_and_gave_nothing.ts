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

/** The customer says they were scammed after all. */
const SCAMMED = re(
  String.raw`被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** Whether a lower-cased message tells an approach left or checked, nothing given (see the file comment). */
export function isLeftOrCheckedAndGaveNothing(lower: string): boolean {
  return (
    (LEFT_WITHOUT_TAKING_PART.test(lower) || CHECKED_FAKE_NOT_PAID.test(lower)) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !SCAMMED.test(lower)
  );
}
