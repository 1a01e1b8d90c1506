/**
 * What scammers can do, or what the bank does against a kind of fraud, asked in general: "骗子真能把来电号码改成你们的客服
 * 号码吗", "can scammers really make their calls show your number?", "what do you do about SIM swap fraud?",
 * "你们对换卡诈骗有什么办法". The words of a scheme (a caller, codes, a SIM) name what the customer wants explained;
 * nothing is happening to them. Read as an informational frame by `scam_question.ts`, where a story told beside it
 * ("骗子刚才打来说…", "they called me and…") still wins.
 */

/** Informational frames (regular expression sources, lower-cased text). */
export const WHAT_SCAMMERS_CAN_DO_ASKED: string[] = [
  // zh: "骗子真能…吗", "诈骗分子能不能伪造…", what scammers are able to do.
  String.raw`(骗子|诈骗分子|不法分子|犯罪分子)(真的?|真|难道|还|都)?(能|会|可以|有办法|能不能|会不会|可不可以)(把|让|做到|伪造|冒用|改|显示|假冒|模仿|复制)[^。！？]{0,24}(吗|么|嘛|[?？])`,
  // zh: what the bank does against a kind of fraud: "你们对换卡诈骗有什么办法/措施".
  String.raw`(你们|银行|贵行)(对|针对|怎么(应对|防|处理)|是怎么(应对|防|处理))[^。！？]{0,12}(诈骗|盗刷|欺诈)[^。！？]{0,10}(有(什么|啥|哪些)(办法|措施|保护|防护)|怎么(办|处理|应对))?`,
  // en: "can scammers really fake / spoof / change…", "is it possible for fraudsters to…".
  String.raw`\b(can|could|do|does|would) (scammers|fraudsters|criminals|crooks|con ?men|hackers)( really| actually| even)? (fake|spoof|change|copy|clone|make|mask|disguise|hide|show|use|get|intercept)\b|\bis it (possible|true) (for|that) (scammers|fraudsters|criminals|crooks|hackers)\b`,
  // en: what the bank does about a kind of fraud ("what do you do about SIM swap fraud?").
  String.raw`\bwhat (do |does |would |can )?(you|the bank|your bank|banks) (do|does|offer|offers|have|has) (about|against|to (stop|prevent|protect against))\b[^.?!]{0,30}\b(fraud|scams?|swaps?|phishing|spoofing)\b`,
];

/**
 * Signs that it is happening to the customer now, beside such a question: the SIM dead or the phone without signal,
 * alerts or codes coming in, moments ago ("My SIM stopped working an hour ago and now I'm getting login alerts",
 * "手机突然没信号了，刚收到登录提醒"). Read as a story by `scam_question.ts`.
 */
export const HAPPENING_NOW: string[] = [
  String.raw`(突然|一下子)?(没|无)(信号|服务)|(手机)?卡(突然)?(用不了|失效|没了)|刚(刚|才)?(收到|接到|有)`,
  String.raw`\b(an hour|half an hour|\d+ (minutes?|hours?)|minutes|a few minutes) ago\b|\bnow i('m| am) (getting|receiving|seeing)\b|\b(sim|phone)\b[^.?!]{0,20}\b(stopped working|went dead|has no signal|no service|lost signal)\b|\bi('m| am| keep) (getting|receiving) (login|log-in|sign-in|security|password reset) (alerts|codes|texts|messages|emails)\b`,
];
