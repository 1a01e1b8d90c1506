/**
 * The bank's own manual review named as the state of a payment or an application ("我转给儿子的三万显示“处理中，需人工审核”，
 * 一般要审核多久", "贷款申请进入人工复核了，要几天", "it says 'pending manual review'"): 人工 there is the review done by
 * hand, no ask for a person. The status's words are blanked before the explicit-request patterns read the message, so
 * "转人工" or "找个客服" beside it still counts.
 */

/** Within one clause (a quoted status may carry its own comma, so the reach is counted in characters). */
const C = String.raw`[^。！？!?]`;

/** The review done by hand, named as a state: 需人工审核, 进入人工复核, 显示…人工审核中. */
const MANUAL_REVIEW_STATUS = new RegExp(
  [
    String.raw`(显示|提示|状态|写着|页面|通知|短信|说是?|一直是)${C}{0,12}?人工(审核|复核|核实|审查|核查|审批)(中)?`,
    String.raw`(需|需要|要|等待|等|待|正在|在|已|已经)?(进入|转入|转为|提交|送)?人工(审核|复核|核实|审查|核查|审批)(中)?(?![^，。！？,.!?]{0,3}(一下|下吧|吧))`,
  ].join('|'),
  'gu',
);

/** A request that turns the review into an ask: "帮我转人工审核一下", "找人工审核". */
const ASKED_FOR = /(帮我|给我|请|麻烦|我要|我想要|找|叫)(转)?人工(审核|复核|核实|审查|核查|审批)/u;

/** The text with the manual review named as a state blanked (same length); unchanged when it is asked for. */
export function withoutManualReviewStatus(text: string): string {
  if (ASKED_FOR.test(text)) return text;
  return text.replace(MANUAL_REVIEW_STATUS, (m) => ' '.repeat(m.length));
}
