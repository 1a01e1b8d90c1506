/**
 * The customer's own scam that is over, then a practical follow-up: the card already replaced or closed, the money
 * back, the case reported, or the scam long past, and the customer asks about the new card, a statement, the mobile
 * number, a setting, the refund decision or the case's progress ("上回被骗之后卡已经销户了，现在想要那张卡的最后一期对账单",
 * "after the scam in March I got a replacement card, how do I move my direct debits to it?"). The scam is the
 * background of an errand the assistant answers, not something under way.
 *
 * Not when it just happened (today, yesterday, 刚才), goes on (again, still, someone asking the customer now), money
 * or a code has just gone, or a fee is asked for (a "recovery" offer after a scam is a scam of its own).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The scam words: the story is the customer's scam. */
const SCAM = re(
  String.raw`被${C}{0,8}骗|受骗|上当|骗子|诈骗|\b(scam|scammed|scammers?|fraud|fraudsters?|conned)\b`,
);

/** The aftermath is done: card or account closed or replaced, money back, reported, sorted, a case number. */
const AFTERMATH_DONE = re(
  [
    // zh: the card / account / app closed, replaced, reported lost
    String.raw`(卡|账户|账号|手机银行|网银)${C}{0,6}(注销|销户|挂失|补办|换(了|好)|冻结)(了|好|过)|(注销|销户|挂失|补办)(了|好了)${C}{0,4}(卡|账户|手机银行|网银)?|新卡(已经)?(到|寄到|拿到|办好)了`,
    // zh: money back, the case reported or handed to the police, a case number
    String.raw`(钱|款)${C}{0,6}(追回|退回|退还|返还)(来)?了|报警回执|报案回执|(移交|交给|转给)(了)?(公安|警方|派出所)|(早就|已经|都)报(了|过)?(警|案)|(申诉|报案|案件|投诉)(编号|单号|号)`,
    // en: the card / account closed, replaced, blocked, dead
    String.raw`\b(closed|cancelled|canceled|blocked|froze|frozen|replaced)\b[^.?!]{0,20}\b(card|cards|account)\b|\b(card|cards|account)s?\b[^.?!]{0,20}\b(is|are|was|were|got|have been|has been)( now)? (closed|cancelled|canceled|blocked|frozen|replaced|dead)\b|\b(is|are) dead now\b|\b(replacement|new) card (came|arrived|is here)\b`,
    // en: money back, reported, sorted
    String.raw`\b(got|get) (my|our|his|her|the) money back\b|\b(charges?|payments?|transactions?) (got |were |was |have been |has been )?(reversed|refunded)\b|\b(it'?s|all|was|been|is) (all )?reported\b|\breported (it|a|the|this) (scam|fraud)?\b[^.?!]{0,10}\bto\b|\bscamwatch\b|\baction fraud\b|\b(sorted|resolved|settled|dealt with)\b`,
  ].join('|'),
);

/** Long past: a month named, last month or year, since "that time" (那次之后, "after the scam in January"). */
const LONG_PAST = re(
  String.raw`去年|前年|[一二两三四五六七八九十几\d]+年前|上(个)?月|[一二三四五六七八九十\d]{1,2}月份|几个月前|上回|上次|那(次|回)(之后|以后)|\b(last|back in|in|since) (january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)\b|\blast (month|year)\b|\b(months|a few months|years) ago\b|\bthat night\b`,
);

/** A practical follow-up: the new card, a PIN, subscriptions, a statement, records, a number, a setting, a claim's decision or progress. */
const PRACTICAL_ASK = re(
  [
    String.raw`新卡|激活|密码|自动扣款|代扣|会员|话费|对账单|流水|交易记录|明细|手机号|预留手机|重新开通|开通|关(了|掉|闭)|设置|征信|能赔|赔付|赔偿|政策|进度|多久|结果`,
    String.raw`\b(new|replacement) (card|pin)\b|\bpin\b|\bsubscriptions?\b|\bdirect debits?\b|\bstatements?\b|\b(transaction )?(records|history|transactions)\b|\b(mobile|phone) number\b|\bblock\b|\bturn off\b|\brefund\b|\bdecision\b|\bhow long\b|\bcredit (score|record|report)\b`,
  ].join('|'),
);

/** Just happened, still going on, or money, a code or a fee asked for now. */
const UNDER_WAY = re(
  String.raw`刚(刚|才)?(被|接|转|给|收)|刚才|今天(?!第)|昨天|前天|今早|今晚|又(打|来|发|催|有人)|还在(打|催|通话)|(让|叫|要|催)我(?!(帮(她|他))?(问|查|咨询|打听|了解))|(现在|最近)(又)?(有人|对方|他们|那人)|手续费|保证金|解冻费|先(交|付|转)|追回(钱|款|资金)的?(机构|公司|律师)|\b(today|yesterday|this morning|tonight|just now|an hour ago|minutes ago)\b|\bjust (been |got )?(scammed|sent|paid|transferred|gave|shared|lost)\b|\bstill (on the (line|phone)|calling|ringing|texting|messaging|in (contact|touch)|talking)\b|\b(called|rang|texted|messaged|contacted|emailed) (me )?again\b|\b(asking|asked|told|telling|wants|pushing) me\b|\b(fee|deposit|recovery (agent|firm|company|service))\b|\bwhat (should|do) i do\b`,
);

/** Whether a lower-cased message is the customer's own scam, over, then a practical follow-up. */
export function isOwnScamOverThenAPracticalAsk(lower: string): boolean {
  return (
    SCAM.test(lower) &&
    (AFTERMATH_DONE.test(lower) || LONG_PAST.test(lower)) &&
    PRACTICAL_ASK.test(lower) &&
    !UNDER_WAY.test(lower)
  );
}
