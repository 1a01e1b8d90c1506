/**
 * A calm question about a check or a hold of the bank's own process: "给老家的哥哥转钱提示要人脸识别，我做了三次都没过，
 * 还有别的验证办法吗", "The app shows my balance as £0 since this morning. Is there a system issue?", "my transfer is on
 * hold, what documents do you need?", "第一次给新收款人转账要等24小时，这是你们的规定吗", "取钱的时候柜员问我是不是有人让我取的
 * …这个每次都要问吗", and a follow-up on a hold whose papers were sent ("上周你们把我一笔国外汇款挂起了让补材料 …都交了 现在进度
 * 咋样了", "Your compliance team put my payment on hold… Sent it yesterday. Any update?") or on a platform's routine
 * hold on payouts ("…on hold for a routine account review. Anything I need to do on the bank side?"), and a freeze the
 * customer asked for, to be lifted ("…frozen at my request while abroad, what's the process to lift it?", dec49). The handoff
 * model hears frustration in the failed check or the missing money, and the lexicon
 * hears a wait in "要等24小时", anger in "on hold" and a repeated ask in "每次都要问吗" / "我已经说了是我自己转的"; the
 * customer asks what to do or whether it is the rule. The check's own words, the customer's answer to it and
 * "every time?" asked of it are blanked for the lexicon (`withoutCheckWords`, as for a calm delay question) and the
 * model's frustration is set aside (`../handoff_signals.ts`): anger words, sarcasm, shouting or a threat beside
 * it, or a word of exasperation (又, 到底, 离谱, 烦, "again", "ridiculous", "third time"), are read as before, and
 * so are the model's ask for a person and its fraud reading.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/**
 * A check, hold or system state of the bank's own: face or identity verification, a hold, a wait the rules set,
 * a balance shown, a teller's question about a withdrawal.
 */
const CHECK =
  /人脸|刷脸|承诺书|身份验证|身份核实|验证|核实|审核|拦截|冻结|暂停|限制|挂起|补(交)?(材料|资料)|(要|需要)等\d+(个)?小时|规定|(余额|额度)[^。！？?]{0,8}(显示|变成|是)0|系统(问题|故障|异常)|柜员(问|要|让)|\b(face (check|recognition|verification|id)|selfie|verif(y|ication)|on hold|held|paused|frozen|blocked|additional checks?|security checks?|balance (shows|is showing|showing|says) (as )?[£$€¥]?0\b|shows my balance as [£$€¥]?0\b|system (issue|problem|error|glitch)|cleared|clearing|(have|has|need) to wait \d+ hours|the teller asked)\b/g;

/**
 * Asked as a question: is it normal or the rule, what is needed, how long, is there another way, can it go now,
 * or is it asked every time.
 */
const ASKS =
  /(正常|规定)(吗|吧)|(每家|别的|其他|所有)银行(都|也)(这样|这么|要|有)(吗|么|吧)|(有)?(什么|啥)(技巧|窍门|诀窍)|是不是(系统|正常|规定)|(需要|要)(提供)?(什么|哪些|啥)(材料|资料|证明|文件|手续)|(要|需要)多久|(还有|有没有)(别的|其他|其它)[^。！？?]{0,8}(办法|方式|途径)|怎么(办|解除|处理)|(现在)?(能|可以)(转|取|用)了(吗|么)|(进度|进展)(咋样|怎么样|如何|到哪)|到哪(一步|一步了)|\b(is (that|this|it|there) (normal|usual|expected|standard|the rule|a (system|technical) (issue|problem|error|glitch))|what (documents?|do you need|do i need|should i (do|send|provide))|(anything|something) (i|we) (need|have|should) to (do|send|provide)|any (update|news|progress|tips|advice|suggestions)|how long (does|will|do)|is there (another|any other) way|can i (send|transfer|use) it now|what'?s the process|what is the process|how do i (get|have) it (unfrozen|lifted|released|reactivated))\b|(解冻|解除|恢复)[^。！？?]{0,6}(流程|手续)(是)?(什么|怎样|怎么走)/;

/** "每次都要问吗", "do you ask this every time?": whether the check is the routine, asked of it. */
const EVERY_TIME_ASKED =
  /(是不是|以后)?每次都(要|得|会)(问|查|核实|验证|刷脸|刷|做|这样)(吗|么|吧)?|\b(do you|does the bank|will you) (always )?(ask|check|do) (this|that|it) every time\b|\b(do|will) i (have|need) to (do|verify|scan my face|take a selfie)( this| that| it)? every time\b|\bis (this|that|it) (asked|checked|done) every time\b|\b(is|will) (this|that|it) (going to )?happen (again )?every time\b|是不是每次(付款|转账|付钱|给他转)?都会(这样|被拦|暂停)(吗|么|吧)?/g;

/** The customer's answer to the check: "我已经说了是我自己转的", "I told them it was me". */
const ANSWERED =
  /(我)?(已经|都)?(跟|和)?(他们|他|她|客服)?(说|讲|确认)(了|过)是我(自己|本人)|\bi (already )?(told|confirmed to) (them|him|her|your (team|staff|colleague)) (it was|it's|that it was|that it's) (me|mine|my own)\b/g;

/**
 * The check failing, told in a calm question about it: "keeps failing in low light. any tips?", "刷脸老是不通过 有啥技巧吗".
 */
const CHECK_FAILED = /没(通)?过|不通过|过不了|失败|\b(keeps? |kept )?(failing|fails|failed|not working)\b/g;

/** A word of exasperation, a complaint or a threat to leave: more than a question. */
const EXASPERATED =
  /[!！]|又|到底|究竟|凭什么|离谱|烦|搞什么|什么破|第[二三四五六七八九十\d]+次|投诉|销户|换(一)?家|不用了|\b(again|seriously|ridiculous|useless|joke|pathetic|absurd|third time|fourth time|fifth time|complain(t)?|close my account|switch(ing)? banks?|sick of|fed up)\b/;

const has = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};

/** The words of a calm check question (lower-cased, no sentiment needed): a check, asked about, calmly. */
export function isCheckQuestionText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return has(CHECK, text) && (ASKS.test(text) || has(EVERY_TIME_ASKED, text)) && !EXASPERATED.test(text);
}

/** The text with the check's words, the customer's answer and "every time?" blanked (offsets kept). */
export function withoutCheckWords(lower: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return lower
    .replace(CHECK, blank)
    .replace(EVERY_TIME_ASKED, blank)
    .replace(ANSWERED, blank)
    .replace(CHECK_FAILED, blank);
}

/** A calm question about a check or a hold of the bank's own process (see the file comment). */
export function isCalmCheckQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isCheckQuestionText(lower) && soundsCalm(sentiment);
}
