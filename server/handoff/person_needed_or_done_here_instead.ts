/**
 * Whether a person is needed for something, asked with the wish to do it here instead: "Do I need to speak to anyone to
 * close my savings account, or can I do it here?", "the teller said to talk to someone in mortgages, can I just do that
 * part in the app?", "改预留手机号要找柜员吗，还是这里就能办", "大堂经理让我找信用卡中心的人，能不能直接在手机银行上弄".
 * The person is named only as what the customer hopes to do without; they ask the assistant, not for a person.
 *
 * Not when a person is asked for beside it ("…or can I do it here? actually I'd rather talk to someone", "还是给我转人工吧").
 */
import { ruleText } from './rule_text.ts';

/** The wish to do it here, in the app or oneself. */
const HERE_ZH =
  /(能|可以|能不能|可不可以|是不是|是否)?(直接|自己)?(在)?(这里|这儿|这边|这|app上?|手机上|手机银行(上)?|网银(上)?|网上|线上|自己)(就)?(能|可以|能不能)?(办|弄|操作|处理|搞定|申请|注销|关)/;
const HERE_EN =
  /\b(can|could|may) i (just |simply )?(do|sort|handle|close|arrange|apply for|set up|finish|complete|manage)( (it|that|this|them)( bit| part| step| one)?)? (here|in the app|on the app|online|through the app|in this chat|with you|myself)\b|\bor (is|can) (it|that|this) (all )?(be )?(done|sorted|handled) (here|in the app|online|with you)\b/;

/** The person, named as a question of need or as what staff said. */
const NEEDED_ZH =
  /(需要|要|得|用不用|需不需要|要不要|必须)(去)?(找|跟|和|见)?(人工|工作人员|柜员|客服|客户经理|专人|经理)[^，。！？,.!?]{0,6}|(说|让我|叫我|告诉我)[^，。！？,.!?]{0,4}(找|跟|和|联系)[^，。！？,.!?]{0,10}(的人|部门|中心|同事|经理|专员)[^，。！？,.!?]{0,6}/g;
const WHO_EN =
  '(anyone|anybody|someone|somebody|a person|a human|staff|a member of staff|a staff member|an? (adviser|advisor|agent|banker|specialist|manager))';
const NEEDED_EN = new RegExp(
  String.raw`\b(do|would|will|must|should) (i|we) (need|have) to (speak|talk|chat) (to|with) ${WHO_EN}\b[^.?!]*|\b(told|said|said to|asked|advised|sent) (me )?(that )?((i|we) (need|have|had|needed|should) )?(to )?'?(speak|talk|chat) (to|with) ${WHO_EN}( (in|at|from) [\w ]{1,30}?)?'?(?=[ .,?!]|$)`,
  'g',
);

/** A person asked for beside it. */
const PERSON_ZH =
  /转人工|(我要|我想|给我|帮我)(找|转|接)?(人工|真人|客服|工作人员|柜员|客户经理)|还是(找|转)(人工|人)吧/;
const PERSON_EN =
  /\b(i'?d (rather|prefer|like)|i (want|would like|prefer)|please|pls|get me|put me through|connect me|transfer me)\b.{0,30}\b(person|human|agent|someone|somebody|staff|adviser|advisor)\b/;

/** Whether the message asks if a person is needed, wishing to do it here instead (see the file comment). */
export function isPersonNeededOrDoneHereInstead(text: string): boolean {
  const lower = ruleText(text);
  if (PERSON_ZH.test(lower) || PERSON_EN.test(lower.replace(NEEDED_EN, ' '))) return false;
  const zh = HERE_ZH.test(lower) && new RegExp(NEEDED_ZH.source).test(lower);
  const en = HERE_EN.test(lower) && new RegExp(NEEDED_EN.source).test(lower);
  return zh || en;
}

/** The lower-cased text with the person named as a need blanked when the customer would do it here; otherwise as it is. */
export function withoutPersonNeededOrDoneHereInstead(lower: string): string {
  return isPersonNeededOrDoneHereInstead(lower)
    ? lower.replace(NEEDED_ZH, ' ').replace(NEEDED_EN, ' ')
    : lower;
}
