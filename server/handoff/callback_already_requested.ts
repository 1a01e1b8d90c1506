/**
 * A callback the customer has already requested, asked about ("I requested a callback through the app for my business
 * account query. What time window should I expect the call in?", "昨天在手机银行申请了回电，一般多久能打过来"): the
 * request is in; the customer asks when the call will come, not for a person now. Not an ask for one ("帮我预约一个回电",
 * "can I request a callback?", "I'd like a callback please"), which names no request already made.
 */

/** The callback already requested or booked, by the customer (了 / 过, "I requested", "my callback request"). */
const CALLBACK_REQUESTED =
  /(已经|已|刚|刚才|刚刚|昨天|今天|前天|上午|下午|早上|上周|之前|我)?(在|通过|用)?[^，。！？,.!?]{0,8}?(预约|申请|约|提交|登记|点)(了|过)(一个|个|一次)?(电话)?(回电|回拨|回访)(申请)?|(回电|回拨)(申请|请求)?(已经|已)?(约|预约|申请|提交|登记)(好)?了|\b(i|we)( have|'ve| had|'d)?( already| just)? (requested|booked|asked for|arranged|scheduled|put in for|put in a request for|submitted a request for|set up|ordered) (a|an|the|my) (phone )?call ?-?back( request)?\b|\bmy (pending )?call ?-?back( request)?\b|\b(waiting|still waiting) (for|on) (a|the|my) call ?-?back\b/g;

/** The text without a callback the customer has already requested (see the file comment). */
export function withoutCallbackAlreadyRequested(lower: string): string {
  return lower.replace(CALLBACK_REQUESTED, ' ');
}
