/**
 * The complaints route or a complaint's deadline asked about in general, not about a grievance of the customer's own:
 * where dissatisfaction with the service can be raised ("一般对服务不满意可以找哪个部门反映？就是了解一下", "which department
 * handles it if someone isn't happy with the service?"), or how long a bank has to reply to a complaint, often one a
 * relative sent ("how long does a bank have to answer a complaint? my mum sent one", "银行收到投诉要在几天内回复？我爸前阵子
 * 投诉了"). The complaint words name the procedure. Read only when the message is otherwise calm (the scorer's
 * `complaintInquiries`): "I've waited three weeks, how long do you have to reply to my complaint?!" keeps its anger.
 */

/** English: each match is blanked before threats are read. */
export const COMPLAINT_ROUTE_OR_DEADLINE_EN: RegExp[] = [
  // How long a bank has to reply: "how long does a bank have to reply to a complaint", "how many days do you get to respond".
  /\bhow (long|many (days|weeks)|much time) (does|do|will|would|should|has|have) (a |the |your )?(bank|banks|you|they|it|firm|company)\b[^.?!]{0,20}\b(reply|respond|answer|deal with|resolve|get back|look at)\b[^.?!]{0,20}\bcomplaints?\b[^.?!]*/,
  // Where dissatisfaction goes, in general: "which department do people go to if they're unhappy with the service".
  /\b(which|what) (department|team|office|channel|address)\b[^.?!]{0,40}\b(unhappy|not happy|dissatisfied|not satisfied|complain|complaints?)\b[^.?!]*|\b(if|when) (someone|a customer|customers|people|one|you)('s| is| are| were)? (unhappy|not happy|dissatisfied|not satisfied)\b[^.?!]*/,
];

/** Mandarin: each match is blanked before threats are read. */
export const COMPLAINT_ROUTE_OR_DEADLINE_ZH: RegExp[] = [
  // Where dissatisfaction goes: "一般来说对服务不满意可以找哪个部门反映", "对你们有意见该向哪里反映".
  /(对|有)[^，。！？,.!?]{0,8}(不满意?|意见)[^，。！？,.!?]{0,4}(可以|能|该|应该|要|一般)(去)?(找|向|到|打|跟)(哪个|哪|什么|谁)(部门|渠道|地方|电话|窗口|里|儿)?[^。！？?]{0,6}(反映|反馈|投诉|提)?[^。！？?]*/,
  // How long a bank has to reply: "银行收到投诉要在几天内回复".
  /(收到|接到|受理)投诉[^，。！？,.!?]{0,6}(几天|多久|多少天|多长时间)[^。！？?]*/,
  // A relative's complaint, told beside such a question: "我爸前阵子投诉了".
  /(爸|妈|父亲|母亲|老公|老婆|爱人|儿子|女儿|爷爷|奶奶|外公|外婆|家里人|家人)[^，。！？,.!?]{0,6}投诉(了|过)[^，。！？,.!?]{0,8}/,
];

/**
 * Dissatisfaction named only as where it can be raised, asked in general ("一般来说对服务不满意可以找哪个部门反映"): the word
 * 不满意 is the question's, not the customer's feeling, and is not read as a term. Not with an intensifier (非常不满意) or
 * outside a question of where.
 */
const DISSATISFACTION_IN_GENERAL_ZH =
  /(对|有)[^，。！？,.!?非太很极特真]{0,8}(不满意?|意见)(?=[^，。！？,.!?]{0,4}(可以|能|该|应该|要)(去)?(找|向|到|打|跟)(哪个|哪|什么|谁))/g;
const IN_GENERAL_ZH = /一般|通常|平时|了解一下|问问|请问|想知道/;

/** The text with dissatisfaction named only as where it can be raised, in general, blanked (see above). */
export function withoutDissatisfactionAskedInGeneral(lower: string): string {
  return IN_GENERAL_ZH.test(lower)
    ? lower.replace(DISSATISFACTION_IN_GENERAL_ZH, (m) => ' '.repeat(m.length))
    : lower;
}
