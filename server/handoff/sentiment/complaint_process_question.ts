/**
 * A calm question about the complaint process: how long the bank has to answer, when the ombudsman or the
 * regulator can be asked, the redressal process for a complaint already registered under its number, or the final
 * response letter of a complaint already closed ("What's the time limit for answering a complaint, and when can I
 * take it to the ombudsman?", "投诉一般多久答复，超过多久可以找监管部门", "我的投诉已经办结了，答复函没收到，能补发吗").
 * The complaint words name the procedure, not a threat. Read only when the message is otherwise calm (the scorer's
 * `complaintInquiries`); "reopen it or I go to the ombudsman" is still a threat.
 */

/** English: each match is blanked before threats are read. */
export const COMPLAINT_PROCESS_QUESTIONS_EN: RegExp[] = [
  // How long the bank has: "what's the timeframe for a complaint", "the timelines for my complaint".
  /\b(time ?frames?|time limits?|timelines?|deadlines?|turnaround)\b[^.?!]{0,30}\bcomplaints?\b[^.?!]*|\bcomplaints?\b[^.?!]{0,30}\b(time ?frames?|time limits?|timelines?|deadlines?|turnaround)\b[^.?!]*/,
  // When the ombudsman or the regulator can be asked: "at what point can someone go to the ombudsman".
  /\b(at what point|when|how soon|after how long|how long before) (can|could|do|does|would|should|may|might) (i|we|you|someone|one|a customer|customers|people)\b[^.?!]{0,30}\b(ombudsman|regulator)\b[^.?!]*/,
  // The redressal process, or a complaint registered under its number ("I have already registered complaint no. …").
  /\bgrievance redressal\b[^.?!]*|\b(registered|filed|lodged|raised|logged|have) (a |my |the )?complaint (no|number|ref|reference|id)\b[^.?!]*/,
  // The final response letter of a complaint already closed ("my complaint was closed but the final response letter…").
  /\b(my|the|that|a) complaints?\b[^.?!]{0,60}\bfinal response( letter)?\b[^.?!]*/,
];

/** Mandarin: each match is blanked before threats are read. */
export const COMPLAINT_PROCESS_QUESTIONS_ZH: RegExp[] = [
  // How long the bank has, and after how long the regulator can be asked: "投诉一般多久答复，超过多久可以找监管".
  /投诉[^，。！？,.!?]{0,8}(多久|几天|多长时间|时限|期限)[^。！？?]*|(超过|过了|超出)(多久|几天|多长时间|时限|期限)[^，。！？,.!?]{0,6}(可以|能|才能)(去)?(找|向|到)[^。！？?]{0,12}(监管|金融监管总局|银保监|12378|金融消费|调解)[^。！？?]*/,
  // A complaint registered under its number, its process asked: "已经登记了投诉，编号…，想了解投诉处理的流程".
  /(登记|提交|受理)(了|过)?(的)?投诉[^。！？?]{0,6}(编号|单号|号码)[^。！？?]*|投诉(处理)?的?(流程|时限|进度)/,
  // The answer letter of a complaint already closed: "投诉已经办结了，答复函没收到，能补发吗".
  /投诉[^。！？?]{0,12}(办结|结案|处理完)[^。！？?]{0,20}(答复函|回复函|答复书|结案通知)[^。！？?]*/,
];
