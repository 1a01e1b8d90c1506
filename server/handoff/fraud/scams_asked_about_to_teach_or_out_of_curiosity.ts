/**
 * Scams asked about to teach others or out of curiosity about the law: the common kinds asked for a staff training or a
 * talk ("单位让我准备个反诈培训，最常见的几种骗局有哪些", "I'm running a fraud awareness session at work, what are the most
 * common scams you see?"), or how serious an offence heard of online is and which law it breaks ("刷到抖音上说出借银行卡
 * 被判了，真有这么严重吗，犯的是哪条法", "saw on TikTok people get jailed for lending their account, which law is that?").
 * The scheme's words name the subject of the question; nothing is happening to the customer. Read as informational frames
 * by `scam_question.ts`, where a story told beside it ("他让我把卡借给他…", "someone asked me to…") still wins.
 */

/** Informational frames (regular expression sources, lower-cased text). */
export const SCAMS_ASKED_ABOUT_TO_TEACH_OR_OUT_OF_CURIOSITY: string[] = [
  // zh: a training or a talk to prepare: "反诈培训", "防骗讲座", "给员工讲讲反诈".
  String.raw`(反诈|防诈|防骗|反诈骗|防诈骗)(的)?(培训|课|课程|讲座|宣传|活动|演练|分享|ppt|材料|知识)|(培训|讲课|宣讲|备课)[^。！？]{0,10}(诈骗|骗局|套路)`,
  // zh: the common kinds asked for: "最常见的几种诈骗套路是哪些", "常见的骗局有哪些", "常见的网络诈骗" (its channel named).
  String.raw`常见(的)?(几种|哪些|一些|那些)?(电信|网络|电话|网上)?(诈骗|骗局|套路|骗术)|(诈骗|骗局)(套路|手法|类型)[^。！？]{0,4}(有)?(哪些|哪几种|是哪些|都有啥)`,
  // zh: how serious an offence heard of is, which law it breaks: "有这么严重吗", "违反的是哪条规定".
  String.raw`(真的?)?有(这么|那么)严重(吗|么|嘛)|(违反|触犯|犯)(的)?(是)?(哪条|哪一条|什么|哪些|哪部)(规定|法律|法|法条|条款|罪)`,
  // en: a training or a talk: "a fraud awareness session", "training my staff on scams".
  String.raw`\b(fraud|scam|anti-?fraud|anti-?scam) (training|awareness session|session|workshop|course|presentation|talk|briefing)\b|\b(train|training|teach|teaching|brief|briefing) (my |our |the )?(staff|team|colleagues|employees|students|volunteers|members)\b[^.?!]{0,20}\b(scams?|fraud)\b`,
  // en: the common kinds asked for, and which law an offence breaks.
  String.raw`\b(most )?common (types of |kinds of )?((phone|online|internet|text|telephone|email) )?(scams?|frauds?)\b|\b(which|what) (law|laws|offen[cs]e|section|rule) (is (that|it|this)|does (that|it|this) break|(are|is) (they|people) (breaking|charged))\b|\b(really|actually) that serious\b`,
];
