/**
 * A scam's next step told in very few words, asked about as a procedural question: the customer is calm, names no
 * scammer and only asks how to go on. Each cue is one scheme's own mechanics, which no genuine errand has (both
 * locales where the scheme exists in English too):
 *
 * - a deposit to clear customs, to unfreeze a sale's payment or to have a loan paid out, or a loan's "capital check"
 *   (customs, platforms and lenders take no deposit by transfer): "清关押金今天要交", "放款前要先验资";
 *   "the customs clearance deposit is due today", "the loan firm wants a deposit to verify my funds";
 * - a partner abroad needing a tax, a customs charge, a fine or a deposit paid: "女友在海外被罚款了，让我汇钱";
 *   "my boyfriend overseas owes customs tax, how do I send it";
 * - a pet bought from afar whose transport costs extra: "狗狗的托运费又要另外付", "the kitten's flight crate is an
 *   extra fee?";
 * - a deposit sent ahead to a landlord who is abroad: "房东人在海外，定金先打给她"; "landlord is overseas, wants the
 *   deposit wired first";
 * - a code given to "customer service" over a refund: "退款的事，短信码已经告诉客服了"; "gave the code to the
 *   support agent for my refund";
 * - a remote-access app installed, the next tap asked: "装好向日葵了，接下来按哪个"; "installed AnyDesk, what do I
 *   click next?";
 * - the phone's SIM reissued by someone else, the phone without signal: "手机卡被人补了，现在无服务";
 *   "someone swapped my SIM, phone says no service";
 * - an official telling the customer to keep it from the family: "法官让我别跟家里人说"; "the detective told me not
 *   to tell my wife";
 * - money to a person said to be from a public office (not the office's own account): "给税务局的工作人员打钱";
 *   "send money to the man from the tax office";
 * - payments collected for a company to be passed on (a money mule's job): "帮公司代收的款怎么转过去";
 *   "I receive payments on behalf of a company, how do I forward them?".
 *
 * A prize's fee to be sent or paid ("抽奖中了的公证费往哪打", "how do I wire the processing fee for my prize?") is
 * `prizeReleaseFee` in `scam_steps_asked_as_banking.ts`: one cue for a fee to release a prize, however few the words.
 *
 * Not when the customer turned it down (`notActed`), asks in general (`hypothetical`), the bank's own fee, a
 * relative's remote help, a session at the bank's branch, nor the customer's own business's takings.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const ZH_PAY = String.raw`(交|付|缴|转|汇|打)`;
const ZH_OFFICE = String.raw`(社保局|社保中心|税务局|医保局|人社局|公安局|派出所|法院|检察院|海关|民政局|车管所|公积金中心)`;
const ZH_PARTNER = String.raw`(男朋友|女朋友|男友|女友|对象|未婚夫|未婚妻|网友|老公|老婆)`;
const ZH_PET = String.raw`(猫|狗|猫咪|狗狗|宠物|幼犬|幼猫|小猫|小狗|布偶|英短|柯基|金毛)`;
const ZH_REMOTE = String.raw`(远程(软件|app|控制|协助|桌面|工具)|向日葵|todesk|anydesk|teamviewer|rustdesk)`;
const EN_REMOTE = String.raw`(anydesk|teamviewer|rustdesk|quick ?support|ultraviewer|remote (access|support|desktop|control) (app|software|tool|program))`;
const EN_OFFICE = String.raw`(tax office|irs|hmrc|social security( office)?|benefits office|dwp|customs|police|court|council)`;

export const FEW_WORDS_STEP_CUES = {
  /** A deposit to clear customs, unfreeze or have a loan paid out; a loan's "capital check". */
  depositToRelease: re(
    [
      String.raw`(清关|解冻|解封|放款)${C}{0,4}(保证金|押金)|(贷款|借款|网贷|放款)${C}{0,8}验资|验资${C}{0,8}(才能)?(放款|下款|贷款)`,
      String.raw`\bcustoms( clearance)? (deposit|bond)\b|\b(deposit|bond) (to|for) (clear|release|unfreeze|unlock)\w*\b|\bunfreez\w* (deposit|bond)\b|\bloan\b[^.?!]{0,40}\bdeposit\b[^.?!]{0,20}\bto (prove|verify|show)\b[^.?!]{0,15}\b(funds|income|solvency|i can repay)\b`,
    ].join('|'),
  ),
  /** Paying it, or its limit. */
  payingIt: re(String.raw`${ZH_PAY}|限额|验资|\b(pay\w*|send|wire|transfer\w*|due|limit)\b`),

  /** A partner abroad who needs a tax, a customs charge, a fine or a deposit paid. */
  partnerAbroadCharge: re(
    [
      String.raw`${ZH_PARTNER}${C}{0,4}(在|人在)?(国外|海外|境外|外国)${C}{0,12}(税|关税|清关|保证金|罚款|罚金|解冻|律师费)|(国外|海外|境外)的${ZH_PARTNER}${C}{0,12}(税|关税|清关|保证金|罚款|罚金|解冻|律师费)`,
      String.raw`\b(boyfriend|girlfriend|fianc[eé]e?|partner)\b[^.?!]{0,30}\b(abroad|overseas)\b[^.?!]{0,40}\b(tax|taxes|customs|fine|bail|deposit|clearance)\b`,
    ].join('|'),
  ),
  /** Money sent. */
  moneySent: re(String.raw`汇|转|打钱|打款|\b(send|wire|transfer|pay)\w*\b`),

  /** A pet's transport costing extra. */
  petTransportExtra: re(
    [
      String.raw`${ZH_PET}${C}{0,6}(航空箱|托运|空运|运输|检疫|笼子)${C}{0,2}(费|钱)${C}{0,6}(还要|另外|又要|额外|再)${C}{0,4}${ZH_PAY}`,
      String.raw`\b(puppy|kitten|dog|cat|pet)\b[^.?!]{0,30}\b(crate|shipping|transport|flight|pet insurance)\b[^.?!]{0,30}\b(extra|another|additional|more)\b[^.?!]{0,20}\b(fee|pay|payment|send|transfer)\b|\b(pay|send|transfer)\b[^.?!]{0,10}\b(extra|another|additional)\b[^.?!]{0,20}\b(for|on) the (puppy|kitten|dog|cat|pet)'?s? (crate|shipping|transport|flight)\b`,
    ].join('|'),
  ),

  /** A deposit sent ahead to a landlord who is abroad. */
  landlordAbroadDeposit: re(
    [
      String.raw`房东${C}{0,4}(在|人在)?(国外|海外|境外|出国)[^。！？]{0,12}(押金|定金|订金)${C}{0,6}(先)?${C}{0,2}(转|汇|打|付|交)`,
      String.raw`\blandlord\b[^.?!]{0,20}\b(abroad|overseas|out of the country)\b[^.?!]{0,40}\bdeposit\b(?![^.?!]{0,30}\b(back|refund\w*|return\w*)\b)`,
    ].join('|'),
  ),

  /** A code given to "customer service" over a refund. */
  codeToSupportForRefund: re(
    [
      String.raw`(验证码|动态码|短信码|校验码)${C}{0,6}(报|告诉|给|发|念|说)(给)?(了)?(客服|对方)|(报|告诉|给|发|念)(给)?(了)?(客服|对方)${C}{0,6}(验证码|动态码|短信码)`,
      String.raw`\b(gave|read( out)?|told|sent|shared)\b[^.?!]{0,20}\b(code|otp)\b[^.?!]{0,15}\bto (the )?(customer service|support|agent|rep|advisor)\b`,
    ].join('|'),
  ),
  refundAwaited: re(String.raw`退款|退费|理赔|赔偿|赔付|\b(refund|compensation|claim)\w*\b`),

  /** A remote-access app installed, the next tap or step asked. */
  remoteAppNextStep: re(
    [
      String.raw`${ZH_REMOTE}${C}{0,6}(装|下载|安装)(好|完|了)${C}{0,2}[，,]?${C}{0,4}(下一步|接下来|然后)${C}{0,4}(点|按|做|怎么|干)|(装|下载|安装)(好|完|了)${C}{0,2}${ZH_REMOTE}${C}{0,2}[，,]?${C}{0,4}(下一步|接下来|然后)${C}{0,4}(点|按|做|怎么|干)|${ZH_REMOTE}${C}{0,8}(装|下载|安装)(好|完|了)[^。！？]{0,10}(点哪|按哪)`,
      String.raw`\b(installed|downloaded|set up|got)\b[^.?!]{0,10}\b${EN_REMOTE}\b[^.?!]{0,20}[,.;]?\s*\b(what (do|should) i (click|tap|press|do) (next|now)|now what|which button( now)?|what'?s the next step)\b`,
    ].join('|'),
  ),
  /** The customer's own family set it up for them. */
  familySetItUp: re(
    String.raw`(儿子|女儿|孙子|孙女|外孙|侄子|女婿|儿媳|老公|老婆|家人|孩子)${C}{0,4}(帮|给|替)(我)?${C}{0,4}(装|下载|安装|弄)|\bmy (son|daughter|grandson|granddaughter|nephew|niece|husband|wife|kids?|family)\b[^.?!]{0,20}\b(installed|set up|downloaded|put)\b`,
  ),
  /** The bank's own branch in the story. */
  atTheBranch: re(
    String.raw`网点|支行|柜台|柜员|大堂|营业厅|\bin (the|your) branch\b|\bat (the|your) branch\b|\bbranch staff\b`,
  ),

  /** The phone's SIM reissued by someone else, now without signal. */
  simReissuedNoSignal: re(
    [
      String.raw`(手机卡|sim卡|电话卡|号码|卡)${C}{0,2}被(人)?(补办|补|换|过户)(了)?[^。！？]{0,12}(没(有)?信号|无服务|没服务|无信号|打不了电话|打不出去|收不到短信)`,
      String.raw`\b(sim|number)\b[^.?!]{0,20}\b(was|been|got) (swapped|replaced|reissued|ported)\b[^.?!]{0,40}\b(no (signal|service)|sos only|emergency calls only)\b|\bsomeone (swapped|replaced|reissued|ported) my (sim|number)\b[^.?!]{0,40}\b(no (signal|service)|sos only|emergency calls only)\b`,
    ].join('|'),
  ),

  /** An official telling the customer to keep it from the family. */
  officialSecrecyFromFamily: re(
    [
      String.raw`(检察官|检察院|警察|警官|公安|民警|法官|法院|办案人员|专案组)${C}{0,6}(说|让|叫|要)(我)?(先)?(别|不要|不能|不准|不许)${C}{0,2}(告诉|跟|和|对)${C}{0,6}(家人|家里|老公|老婆|子女|孩子|儿子|女儿|任何人|亲戚|银行)`,
      String.raw`\b(police|officer|detective|prosecutor|investigator|judge|agent)\b[^.?!]{0,30}\b(told|asked|warned|instructed) me not to tell (my (family|wife|husband|kids|children|son|daughter)|anyone|the bank)\b`,
    ].join('|'),
  ),

  /** Money to a person said to be from a public office. */
  moneyToAnOfficialInPerson: re(
    [
      String.raw`(转|汇|打)(钱|款)?${C}{0,2}给${C}{0,4}${ZH_OFFICE}(的)?(人|工作人员|同志|科长|局长|领导|干部|专员|人员)|给${C}{0,2}${ZH_OFFICE}(的)?(人|工作人员|同志|科长|局长|领导|干部|专员)${C}{0,4}(转|汇|打)(钱|款)|${ZH_OFFICE}(的)?(人|工作人员|同志|科长|专员)${C}{0,6}(让|要|叫)${C}{0,4}(转|汇|打)(钱|款)`,
      String.raw`\b(send|pay|transfer|wire)\w*\b[^.?!]{0,30}\bto (a|the|this) (man|woman|guy|lady|person|officer|agent|official) from (the )?${EN_OFFICE}\b`,
    ].join('|'),
  ),

  /** Payments collected for a company, to be passed on. */
  collectedForACompany: re(
    [
      String.raw`代收(的)?${C}{0,4}(货款|款项|款|钱|资金)${C}{0,10}(转|汇|打)(给|到|回|过去)${C}{0,4}(公司|老板|对方)?|(帮|替)(公司|老板|对方)代收${C}{0,6}(转|汇|打)`,
      String.raw`\b(payments?|money|funds)\b[^.?!]{0,20}\b(receive|received|collect|collected)\b[^.?!]{0,10}\bon behalf of (a|the|this) (company|firm|business)\b[^.?!]{0,40}\b(forward|send|transfer|pass)\w*\b|\b(forward|send|transfer|pass)\w*\b[^.?!]{0,30}\b(payments?|money|funds)\b[^.?!]{0,10}\b(i )?(receive|received|collect|collected) (for|on behalf of) (a|the|this) (company|firm)\b`,
    ].join('|'),
  ),
  /** The customer's own business or job in the books. */
  ownBooks: re(
    String.raw`出纳|会计|财务|对公|公户|我们公司|我(的)?公司|我们店|我(的)?店|\b(my|our) (company|business|shop|firm)\b|\b(cashier|accountant|bookkeeper|company account|business account)\b`,
  ),
};

type Cue =
  | keyof typeof FEW_WORDS_STEP_CUES
  | 'notActed'
  | 'hypothetical'
  | 'bankFee'
  | 'familyRemoteHelp'
  | 'verified';

/** A scam's next step told in very few words. */
export const FEW_WORDS_STEP_RULES: CueRule<Cue>[] = [
  {
    scheme: 'advance_fee',
    all: ['depositToRelease', 'payingIt'],
    unless: ['notActed', 'hypothetical', 'bankFee'],
    weight: 0.75,
  },
  {
    scheme: 'romance_scam',
    all: ['partnerAbroadCharge', 'moneySent'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
  { scheme: 'advance_fee', all: ['petTransportExtra'], unless: ['notActed', 'hypothetical'], weight: 0.7 },
  {
    scheme: 'advance_fee',
    all: ['landlordAbroadDeposit'],
    unless: ['notActed', 'hypothetical', 'verified'],
    weight: 0.7,
  },
  {
    scheme: 'code_request',
    all: ['codeToSupportForRefund', 'refundAwaited'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.8,
  },
  {
    scheme: 'remote_access',
    all: ['remoteAppNextStep'],
    unless: ['notActed', 'hypothetical', 'familyRemoteHelp', 'atTheBranch', 'familySetItUp'],
    weight: 0.75,
  },
  { scheme: 'code_request', all: ['simReissuedNoSignal'], unless: ['hypothetical'], weight: 0.75 },
  {
    scheme: 'authority_impersonation',
    all: ['officialSecrecyFromFamily'],
    unless: ['hypothetical'],
    weight: 0.75,
  },
  {
    scheme: 'authority_impersonation',
    all: ['moneyToAnOfficialInPerson'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
  {
    scheme: 'money_mule',
    all: ['collectedForACompany'],
    unless: ['notActed', 'hypothetical', 'ownBooks'],
    weight: 0.75,
  },
];
