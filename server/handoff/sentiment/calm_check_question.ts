/**
 * A calm question about a check or a hold of the bank's own process: "给老家的哥哥转钱提示要人脸识别，我做了三次都没过，
 * 还有别的验证办法吗", "The app shows my balance as £0 since this morning. Is there a system issue?", "my transfer is on
 * hold, what documents do you need?". The handoff model hears frustration in the failed check or the missing money;
 * the customer asks what to do or whether it is normal. Only the model's frustration is set aside
 * (`../handoff_signals.ts`): anger words, sarcasm, repetition, shouting or a threat beside it, or a word of
 * exasperation (又, 到底, 离谱, "again", "ridiculous", "third time"), are read as before, and so are the model's ask
 * for a person and its fraud reading.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A check, hold or system state of the bank's own: face or identity verification, a hold, a balance shown. */
const CHECK =
  /人脸|刷脸|身份验证|身份核实|验证|核实|审核|拦截|冻结|暂停|限制|(要|需要)等\d+小时|规定|(余额|额度)[^。！？?]{0,8}(显示|变成|是)0|系统(问题|故障|异常)|\b(face (check|recognition|verification|id)|selfie|verif(y|ication)|on hold|held|frozen|blocked|additional checks?|security checks?|balance (shows|is showing|showing|says) (as )?[£$€¥]?0\b|shows my balance as [£$€¥]?0\b|system (issue|problem|error|glitch)|cleared|clearing)\b/;

/** Asked as a question: is it normal, what is needed, how long, is there another way. */
const ASKS =
  /(正常|规定)吗|是不是(系统|正常|规定)|(需要|要)(提供)?(什么|哪些|啥)(材料|资料|证明|文件|手续)|(要|需要)多久|(还有|有没有)(别的|其他|其它)[^。！？?]{0,8}(办法|方式|途径)|怎么(办|解除|处理)|\b(is (that|this|it|there) (normal|usual|expected|standard|a (system|technical) (issue|problem|error|glitch))|what (documents?|do you need|do i need|should i (do|send|provide))|how long (does|will|do)|is there (another|any other) way)\b/;

/** A word of exasperation, a complaint or a threat to leave: more than a question. */
const EXASPERATED =
  /[!！]|又|到底|究竟|凭什么|离谱|烦|搞什么|什么破|第[二三四五六七八九十\d]+次|投诉|销户|换(一)?家|不用了|\b(again|seriously|ridiculous|useless|joke|pathetic|absurd|third time|fourth time|fifth time|complain(t)?|close my account|switch(ing)? banks?|sick of|fed up)\b/;

/** A calm question about a check or a hold of the bank's own process (see the file comment). */
export function isCalmCheckQuestion(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  if (!CHECK.test(lower) || !ASKS.test(lower) || EXASPERATED.test(lower)) return false;
  return soundsCalm(sentiment);
}
