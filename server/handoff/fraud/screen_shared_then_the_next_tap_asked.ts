/**
 * The screen shared, then only the next tap asked: "屏幕共享开了，下一步点哪", "screen sharing is on, what do I tap
 * next?". Whoever sees the screen is guiding the customer through their banking app, and nobody asks this chat which
 * button to press on a shared screen except someone being walked through it by a caller (the remote-access scam told
 * in few words, as for a remote app installed in `scam_steps_told_in_few_words.ts`).
 *
 * Not a relative showing the customer the app on a shared screen (`familyRemoteHelp`, `familySetItUp`), a session at
 * the branch (`atTheBranch`), the bank's own video appointment the customer booked (read away by
 * `banks_own_video_appointment.ts`), a meeting or a class at work or school (`screenShareAtWork`), nor a question in
 * general (`hypothetical`) or one turned down (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const ZH_SHARE = String.raw`(屏幕共享|共享屏幕|共享(了)?屏幕|投屏)`;
const ZH_NEXT = String.raw`(下一步|接下来|然后|现在)${C}{0,4}(点|按|做|操作|干|怎么弄)`;
const EN_SHARE = String.raw`\b(screen[- ]?shar(e|ing)|shar(ing|ed) (my|the) screen)\b`;
const EN_NEXT = String.raw`\b(what (do|should|shall) i (tap|click|press|do|open) (next|now)|now what|which (button|one|icon) (now|next|do i (tap|click|press))|what'?s the next (step|button)|where (do|should) i (tap|click|press)( next| now)?)\b`;

export const SCREEN_SHARE_NEXT_TAP_CUES = {
  /** The screen shared, the next tap asked. */
  screenSharedNextTap: re(
    [
      String.raw`${ZH_SHARE}${C}{0,4}(开|打开|开启|弄|点)(了|好了|好|上了|开了)${C}{0,2}[，,]?${C}{0,4}${ZH_NEXT}`,
      String.raw`(开|打开|开启|开了)(了)?${C}{0,2}${ZH_SHARE}${C}{0,2}[，,]?${C}{0,4}${ZH_NEXT}`,
      String.raw`${EN_SHARE}[^.?!]{0,30}[,.;]?\s*${EN_NEXT}`,
    ].join('|'),
  ),
  /** A meeting, a presentation or a class at work or school. */
  screenShareAtWork: re(
    String.raw`开会|会议(上|中|里)|同事|ppt|演示文稿|汇报|上课|网课|课堂|\b(colleagues?|coworkers?|presentation|slides|powerpoint|webinar|lecture|class|work (meeting|call)|team meeting|my (boss|manager|team))\b`,
  ),
};

type Cue =
  | keyof typeof SCREEN_SHARE_NEXT_TAP_CUES
  | 'notActed'
  | 'hypothetical'
  | 'familyRemoteHelp'
  | 'familySetItUp'
  | 'atTheBranch';

/** The screen shared, then the next tap asked. */
export const SCREEN_SHARE_NEXT_TAP_RULES: CueRule<Cue>[] = [
  {
    scheme: 'remote_access',
    all: ['screenSharedNextTap'],
    unless: [
      'notActed',
      'hypothetical',
      'familyRemoteHelp',
      'familySetItUp',
      'atTheBranch',
      'screenShareAtWork',
    ],
    weight: 0.75,
  },
];
