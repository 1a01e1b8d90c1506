/**
 * Scams as the subject of the customer's study or work: a dissertation, a thesis, a research project, an article or a
 * report written about them, or the bank's figures on them asked for ("Doing my master's dissertation on authorised
 * push payment fraud. Does the bank publish any figures I could cite?", "我在写毕业论文，研究电信诈骗，你们有没有公开的
 * 数据", "在做一个关于养老诈骗的调研"). The scheme's words name the subject; nothing is happening to the customer. Read as
 * informational frames by `scam_question.ts`, where a story told beside it ("…结果我自己也被骗了", "a man called me
 * today…") still wins.
 */

/** Words for scams as a subject (regular expression sources, lower-cased text). */
const SCAM_EN = String.raw`(scams?|fraud|frauds|phishing|smishing|vishing|money mul(es?|ing)|fraudsters|scammers|con artists)`;
const SCAM_ZH = String.raw`(诈骗|骗局|电诈|骗术|反诈|防骗|防诈|骗子|洗钱|跑分|杀猪盘|刷单|套路贷)`;

/** Informational frames (regular expression sources, lower-cased text). */
export const SCAMS_AS_A_SUBJECT_OF_STUDY_OR_WORK: string[] = [
  // en: a piece of study or writing about scams ("my dissertation on push payment fraud", "a uni project about phishing").
  String.raw`\b(dissertation|thesis|research|coursework|assignment|essay|term paper|capstone|case study|literature review|article|podcast|documentary|feature|(school|uni|university|college|class|research|group|final[- ]year|masters?|phd) (project|paper|report|presentation)|(academic|research) paper)\b[^.?!]{0,40}\b(on|about|into|looking at|covering|examining|exploring|regarding|around|comparing|analy[sz]ing|studying|mapping|focus(ed|ing)? on)\b[^.?!]{0,40}\b${SCAM_EN}\b`,
  // en: writing, researching or studying them ("I'm researching romance scams", "writing a piece on money mules").
  String.raw`\b(i'?m|i am|we'?re|we are|currently)\b[^.?!]{0,20}\b(researching|studying|writing (about|on|up)|investigating|reporting on|doing (a|some|my) (research|study|survey|project) (on|about|into))\b[^.?!]{0,40}\b${SCAM_EN}\b`,
  String.raw`\b(writing|preparing|compiling|putting together|drafting) (a|an|the|my|our) (\w+ ){0,2}(report|briefing|guide|article|paper|piece|newsletter|blog post|column)\b[^.?!]{0,30}\b(on|about|covering)\b[^.?!]{0,30}\b${SCAM_EN}\b`,
  // en: the bank's figures on scams asked for, or a source to cite ("any statistics on APP fraud I could cite?").
  String.raw`\b(figures|statistics|stats|data|numbers|research|reports?|publications?)\b[^.?!]{0,15}\b(on|about|for|of)\b[^.?!]{0,30}\b${SCAM_EN}\b[^.?!]{0,60}\b(cite|quote|reference|publish(ed|es)?|public|available|release)\b|\b${SCAM_EN} (figures|statistics|stats|data|rates|losses|trends)\b`,
  // zh: a thesis, a research topic, a survey or an article about scams ("写论文，研究电信诈骗", "做关于养老诈骗的课题").
  String.raw`(论文|课题|调研|研究|作业|毕业设计|毕设|选题|专题|采访|稿子|文章|(写|做|交)(一份|一篇|个|一个)?(报告|调查))[^。！？]{0,20}${SCAM_ZH}|${SCAM_ZH}[^。！？]{0,12}(的)?(论文|课题|调研|研究|毕业设计|毕设|选题|专题|采访|稿子)`,
  // zh: the bank's figures on scams asked for or cited ("诈骗案件的统计数据", "能引用的数据").
  String.raw`${SCAM_ZH}(案件|案例|类案件)?(的)?(统计|数据|案例数|发案)|${SCAM_ZH}[^。！？]{0,20}(引用|公开|发布)(的)?(数据|资料|统计|报告)|(引用|公开|发布)(的)?(数据|资料|统计|报告)[^。！？]{0,20}${SCAM_ZH}`,
];
