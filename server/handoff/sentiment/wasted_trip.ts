/**
 * A trip to the bank made for nothing, or a queue there held up to scorn: "drove 40 min to the branch and it was
 * shut despite your website saying open", "queued for an hour and one cashier open. is this a bank or a post
 * office at christmas", "专门请假跑到网点，结果关门了", "排了一个小时队就开一个窗口，这是银行还是菜市场". Asking whether
 * a branch is open ("is the branch open on Saturday?", "网点周末开门吗") tells no trip and does not count.
 */

/** Went to the branch / ATM, and it was shut or nobody could serve. */
const TRIP_EN = new RegExp(
  [
    String.raw`\b(drove|walked|cycled|travelled|traveled|came|went|got a (bus|train|taxi|cab|lift)|took (a|the) (bus|train|taxi|cab|tube))\b[^.?!]{0,40}\b(to|into|down to) (the|your|a|my|our) (local )?(branch|bank|atm|office)\b[^.?!]{0,40}\b(it was|it's|it is|they were|was|were|found it|only to find( it| them)?)( (all|completely))? (shut|closed|locked)\b`,
    String.raw`\b(wasted|pointless|useless|wasted a) (trip|journey|drive)\b`,
    String.raw`\b(despite|even though|although) (your|the) (website|app|site|google listing|opening hours)\b[^.?!]{0,20}\b(saying|says|said|showing|shows|showed)\b[^.?!]{0,6}\bopen\b`,
  ].join('|'),
);
const TRIP_ZH =
  /(专门|特意|特地|大老远|开车|坐车|打车|跑了?|请假)[^。！？?]{0,16}(网点|营业厅|支行|银行|柜台)[^。！？?]{0,12}(结果|却|居然|竟然)?[^。！？?]{0,4}(关门|关着门?|没开门|不开门|没营业|不营业|锁着门?|没人办)|(网上|官网|app上?|地图上?)[^。！？?]{0,8}(写着?|显示|说)[^。！？?]{0,6}(营业|开门)[^。！？?]{0,12}(结果|却|居然|竟然)[^。！？?]{0,6}(关门|没开|不开)/;

/** The bank held up to scorn: "is this a bank or a post office", "这是银行还是菜市场". */
const SCORN_EN = /\bis this a bank or (a|an) [a-z]/;
const SCORN_ZH = /这(是|还是|算)银行还是|(你们|这)(也)?(配|好意思)叫银行/;

/** The trip told to ask the opening hours ("went to the branch and it was closed, when are you open on Sundays?"). */
const HOURS_QUESTION =
  /\b(when|what time) (are|is|do|does|will) (you|it|the branch|they|your branch)\b[^.!]{0,20}\b(open|close)|\bopening (hours|times)\b|几点(开门|营业|关门)|什么时候(开门|营业)|营业时间/;

/** Whether a lower-cased message reproaches the bank for a trip made for nothing or scorns it as no bank. */
export function wastedTrip(lower: string): boolean {
  const t = lower.trim();
  if (SCORN_EN.test(t) || SCORN_ZH.test(t)) return true;
  return (TRIP_EN.test(t) || TRIP_ZH.test(t)) && !HOURS_QUESTION.test(t);
}
