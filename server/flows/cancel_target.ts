/**
 * Whether a cancel is aimed at the running flow. A cancel that names nothing ("取消", "算了", "never mind") or
 * names what the flow does ("不转了", "取消这笔转账", "cancel the transfer") calls the flow off. One that names
 * only something another flow does ("取消预约", "cancel my appointment" during a transfer) is about something
 * else, such as an appointment booked earlier, and must not end the flow.
 */
import type { FlowId } from './flow_types.ts';

/** Moving money: a customer paying a bill may say "不转了", one sending money "cancel the payment". */
const MONEY =
  /转账|转钱|转款|汇款|汇钱|[转汇缴交付](?:了|啦)|付款|缴费|交费|账单|\btransfer|\bsend|\bwire|\bpay(?:ment)?\b|\bbill/u;

/** What each flow does, in the words a cancel names it with. */
const SUBJECTS: Record<FlowId, RegExp> = {
  check_balance: /余额|\bbalance/u,
  recent_transactions: /明细|流水|交易记录|\bstatement|\btransactions/u,
  transfer_money: MONEY,
  pay_bill: MONEY,
  report_lost_card: /挂失|不挂(?:了|啦)|\blost\b|\bloss\b/u,
  freeze_card: /(?<!解)冻结|(?<!un)freez/u,
  unfreeze_card: /解冻|unfreez/u,
  book_appointment: /预约|不约(?:了|啦)|\bappointment|\bbooking/u,
  cancel_appointment: /预约|不约(?:了|啦)|\bappointment|\bbooking/u,
  queue_ticket: /取号|排队|不排(?:了|啦)|\bqueue|\bticket/u,
  card_status: /状态|还能用|\bstatus|\bworking\b/u,
};
const FLOW_IDS = Object.keys(SUBJECTS) as FlowId[];

/** Whether the words name what `flow` does ("挂失", "the transfer"). */
export function namesFlow(text: string, flow: FlowId): boolean {
  return SUBJECTS[flow].test(text.toLowerCase());
}

/** The words that name what `flow` does, taken out of `text` ("挂失了" -> "了"). */
export function withoutFlowName(text: string, flow: FlowId): string {
  return text.toLowerCase().replace(new RegExp(SUBJECTS[flow].source, 'gu'), ' ');
}

/** A cancel (see `isCancelPhrase`) that names only what other flows do, not what `flow` does. */
export function cancelsSomethingElse(cancel: string, flow: FlowId): boolean {
  const text = cancel.toLowerCase();
  const named = FLOW_IDS.filter((id) => SUBJECTS[id].test(text));
  return named.length > 0 && !named.includes(flow);
}
