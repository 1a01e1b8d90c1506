/**
 * A payment to someone the customer already deals with, asked about for a practical reason: "My electrician gave
 * me his business bank details, I've paid him before, just need to send 1150", "Paying our builder the second
 * stage payment, same account as before. Will I hit a limit?", "装修公司要开发票，我转到合同上的对公账户就行吧",
 * "给孩子学校交学费，学校给的是对公账户", a nanny's wages ("请了个住家保姆，每月6000"), a tradesman used for years ("the
 * refrigeration guy we've used for 6 years needs $3,200 upfront", 用了好几年的老师傅). The trained model learned
 * that paying a builder, a dealer or a landlord is what scam stories do; such a message, with no scheme named and
 * nobody pushing, lets the model's fraud alarm stand only when the model is sure.
 *
 * Not when the details changed or are new, the account is a person's instead of the firm's, someone is in a
 * hurry or threatening, a code, unlock or release fee is asked for, or the payee is met only online.
 */

/** The payee is a known one: paid before, the same details as before, the firm's own account, on the contract. */
const KNOWN_EN = new RegExp(
  [
    String.raw`\b(i'?ve|i have|we'?ve|we have) (paid|used|sent money to) (him|her|them|this (firm|company|guy|company's account)) (before|several times|a few times|many times|for years)\b`,
    String.raw`\bsame (account|details|bank details|payee) as (before|last time|always|usual)\b`,
    // A tradesman or a firm used for years ("the refrigeration guy we've used for 6 years needs $3,200 upfront").
    String.raw`\b(guy|man|firm|company|plumber|electrician|mechanic|builder|engineer|technician|contractor|tradesman|handyman|roofer|locksmith|accountant|supplier) (we'?ve|i'?ve|we have|i have) (used|had|worked with|dealt with) (for )?(\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many|several) years\b`,
    String.raw`\b(existing|saved|regular) payee\b`,
    String.raw`\b(on|from) (the|his|her|their|our) (invoice|contract|quote|school letter|letter from the school|tenancy agreement|lease|statement)\b`,
    String.raw`\b(he'?s|she'?s|they'?ve|they have|he has|she has) (done|finished|completed) the (first|second|previous|last) (stage|part|phase|job)\b`,
    String.raw`\b(franchised|main|official) dealer\b|\b(the|a) (\w+ )?dealer(ship)? (on|in|at) [a-z]+`,
    // The customer's own payment to a school or university for their child ("Sent $12000 for my daughter's tuition").
    String.raw`\b(my|our) (son|daughter|child|kid|kids|children)'?s? (tuition|school fees?|semester fees?|term fees?|nursery fees?|uni fees?|university fees?)\b`,
    // The wages of someone the customer employs at home ("Paying our nanny her monthly wages, 2,400").
    String.raw`\b(hired|employ|employed|pay|paying|our|my) (a |an |our |my )?(live-in |part-time |full-time |new )?(nanny|au pair|cleaner|housekeeper|carer|caregiver|helper|maid|domestic helper|gardener|babysitter|childminder)\b[^.?!]{0,60}\b(wages?|salary|pay|monthly|weekly|per (week|month|hour)|a (week|month))\b`,
  ].join('|'),
);
const KNOWN_ZH =
  /(合同|发票|报价单|缴费通知|入学通知|租房合同|租赁合同)(上|里)(的|写的)?(对公)?(账户|账号|卡号)|(学校|幼儿园|公司|律所|车行|4s店|医院|物业|开发商)(给|提供)?的(是)?对公账户|转(到|给)(他们|学校|公司|律所|车行|4s店|物业)(的)?对公账户|给(我)?(女儿|儿子|孩子|闺女|小孩)(的学校)?交(的)?(学费|保育费|午餐费)|(以前|之前|上次|一直)(也)?(转|付|打)(给|过)(他|她|他们)(过|的)?(好几次|几次|钱)?|同一个账户|老账户|(用|找|合作)了(好几|十几|[一二两三四五六七八九十]|\d+)(多)?年的(老)?(师傅|电工|水电工|维修工|装修队|修理工|会计)|(请|雇|找)(了)?(个|一个|一位|位)?(住家|全职|钟点)?(保姆|阿姨|月嫂|育儿嫂|护工|钟点工|家政)[^。！？]{0,30}(工资|月薪|每月|每个月|一个月)/;

/** Someone pushing, a changed or personal account, a code or an unlock fee: not a plain payment to a known payee. */
const PUSHED_OR_CHANGED =
  /\b(changed|new|updated|different|switched|personal|private|his own|her own|wife'?s|husband'?s|cousin'?s|friend'?s|audit|frozen|urgent|urgently|asap|today only|hold the|before i see|code|otp|pin|release|unlock|customs|fee first|officer|police|told me to|asked me to|wants me to|keeps pushing|pressur\w*|online only|never met|teacher|link|qr|group chat)\b|老师(?!傅)|群里|链接|二维码|换了|新的|新开|变更|更换|改了|个人(卡|账户|账号|微信|支付宝)|私人|老板娘|财务个人|年检|冻结|审计|马上|赶紧|急|今天必须|验证码|密码|解冻|保证金|(先|交|付|缴)(一笔|个)?手续费|让我|要我|叫我|催/;

/** Whether a lower-cased message pays a payee the customer already knows, with nobody pushing. */
export function isKnownPayee(lower: string): boolean {
  return (KNOWN_EN.test(lower) || KNOWN_ZH.test(lower)) && !PUSHED_OR_CHANGED.test(lower);
}
