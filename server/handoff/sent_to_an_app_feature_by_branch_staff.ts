/**
 * Staff in the branch sent the customer to a feature of the bank's app, and the customer asks where it is or how it
 * works ("I'm at your Orchard branch and the staff said to use the video assist feature in the app to finish opening my
 * account. Where is it?", "我在你们网点，大堂经理让我用手机银行里的视频办理把开户弄完，入口在哪"). The classifier hears a
 * complaint in being sent elsewhere and the model hears frustration (0.88); the customer does as the branch said and
 * asks the assistant, no complaint word in it. Read as `sentHereByStaff` (`handoff_signals.ts`), as for staff who send
 * the customer to this screen (`sent_here_by_staff.ts`).
 *
 * Not when something went wrong beside it ("but it doesn't work", 结果还是不行, 又), a complaint is made, or the "staff"
 * reached the customer by phone or message, or money is to move on their word: those read as before.
 */
import { soundsCalm } from './sentiment/calm_report.ts';
import type { SentimentAnalysis } from './sentiment/sentiment_scorer.ts';
import { ruleText } from './rule_text.ts';

const C = String.raw`[^，。！？,.!?]`;

/** The customer in the branch, or staff of the branch named. */
const IN_THE_BRANCH = new RegExp(
  String.raw`我(现在|今天|正)?(在|到了|来了)(你们)?${C}{0,10}(网点|支行|分行|营业厅|营业部|大堂|柜台)|(网点|支行|营业厅|大堂|柜台|窗口|前台)(的)?(工作人员|员工|经理|柜员|小姑娘|姑娘|小伙子|小哥|姐姐|阿姨)|大堂经理|柜员|\b(i'?m|i am|we'?re|we are|currently|standing|sitting|here) (at|in) (your|the|a) ([\w'-]+ ){0,3}(branch|counter|lobby)\b|\b(at|in) the branch\b|\b(teller|counter staff|branch staff|front desk|receptionist|floor manager|branch manager)\b`,
  'u',
);

/** The staff said to use something in the bank's app. */
const SENT_TO_THE_APP = new RegExp(
  String.raw`(说|让我|叫我|告诉我|跟我说|建议我|教我|喊我)${C}{0,8}(用|在|到|去|通过|上)(你们的?)?(手机银行|app|手机app|掌上银行|网银|网上银行)|\b(said|told me|asked me|showed me|suggested|recommended|pointed me|sent me|says)\b[^.?!]{0,40}\b(the|your|my) (mobile |banking )?app\b`,
  'u',
);

/** Asks where the feature is or how to use it. */
const ASKS_WHERE_OR_HOW = new RegExp(
  String.raw`在哪|哪里|哪儿|怎么|咋|如何|入口|找不到|[?？]|\b(where|how|which)\b|\bcan'?t find\b`,
  'u',
);

/** Something went wrong beside it, or a complaint. */
const WENT_WRONG = new RegExp(
  String.raw`结果|可是|但是|还是不|不行|没用|白跑|又|凭什么|怎么回事|到底|骗|投诉|不满|\b(but|still|doesn'?t|does not|didn'?t|won'?t|again|useless|rubbish|waste|wasted|ridiculous|complain\w*|unacceptable)\b|\bcan'?t(?! find)\b`,
  'u',
);

/** Not in person, or money moved on their word. */
const NOT_IN_PERSON_OR_MONEY = new RegExp(
  String.raw`电话|热线|来电|短信|微信|自称|冒充|转账|汇款|转给|转到|打款|屏幕共享|共享屏幕|验证码|\b(phoned|rang|called me|on the phone|a call from|text(ed)? me|messaged me|emailed me|whatsapp|claim(ed|ing|s)? to be|pretend\w*|transfer|send money|wire|screen ?shar\w*|code|otp)\b`,
  'u',
);

/** Staff in the branch sent the customer to an app feature, which the customer asks about (see the file comment). */
export function isSentToAnAppFeatureByBranchStaff(text: string): boolean {
  const lower = ruleText(text).trim();
  return (
    IN_THE_BRANCH.test(lower) &&
    SENT_TO_THE_APP.test(lower) &&
    ASKS_WHERE_OR_HOW.test(lower) &&
    !WENT_WRONG.test(lower) &&
    !NOT_IN_PERSON_OR_MONEY.test(lower)
  );
}

/** The same, and the lexicon reads nothing angry in it (the complaint intent and the model's frustration are set aside). */
export function isCalmSentToAnAppFeatureByBranchStaff(text: string, sentiment: SentimentAnalysis): boolean {
  return isSentToAnAppFeatureByBranchStaff(text) && soundsCalm(sentiment);
}
