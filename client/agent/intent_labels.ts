/**
 * What the agent console calls the assistant's intents (one per file in `intents/`), zh-CN and en. An
 * intent without a label here is shown humanised ("transfer money"), never as its identifier.
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { humanise } from './i18n.ts';

export const INTENT_LABELS: Readonly<Record<string, Record<Locale, string>>> = {
  activate_card: { 'zh-CN': '激活银行卡', en: 'Activate a card' },
  affirm: { 'zh-CN': '确认', en: 'Yes / confirm' },
  book_appointment: { 'zh-CN': '预约网点', en: 'Book an appointment' },
  branch_hours: { 'zh-CN': '网点营业时间', en: 'Branch opening hours' },
  card_declined: { 'zh-CN': '刷卡被拒', en: 'Card declined' },
  check_balance: { 'zh-CN': '查询余额', en: 'Check balance' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  credit_card_bill: { 'zh-CN': '信用卡账单', en: 'Credit card bill' },
  credit_limit: { 'zh-CN': '信用卡额度', en: 'Credit limit' },
  cross_border_remittance: { 'zh-CN': '跨境汇款', en: 'Send money abroad' },
  deny: { 'zh-CN': '否定', en: 'No / decline' },
  deposit_rates: { 'zh-CN': '存款利率', en: 'Deposit rates' },
  exchange_rate: { 'zh-CN': '外汇汇率', en: 'Exchange rates' },
  find_branch: { 'zh-CN': '查找网点', en: 'Find a branch or ATM' },
  fraud_report: { 'zh-CN': '举报诈骗', en: 'Report fraud' },
  freeze_card: { 'zh-CN': '冻结银行卡', en: 'Freeze a card' },
  goodbye: { 'zh-CN': '道别', en: 'Goodbye' },
  greeting: { 'zh-CN': '问候', en: 'Greeting' },
  human_agent: { 'zh-CN': '要求人工', en: 'Ask for a person' },
  loan_inquiry: { 'zh-CN': '贷款咨询', en: 'Loans' },
  mobile_topup: { 'zh-CN': '手机充值', en: 'Mobile top-up' },
  mortgage: { 'zh-CN': '房贷', en: 'Mortgage' },
  open_account: { 'zh-CN': '开户', en: 'Open an account' },
  out_of_scope: { 'zh-CN': '超出服务范围', en: 'Out of scope' },
  pay_bill: { 'zh-CN': '生活缴费', en: 'Pay a bill' },
  queue_ticket: { 'zh-CN': '网点取号', en: 'Branch queue ticket' },
  recent_transactions: { 'zh-CN': '交易明细', en: 'Recent transactions' },
  report_lost_card: { 'zh-CN': '挂失银行卡', en: 'Report a lost card' },
  required_documents: { 'zh-CN': '所需材料', en: 'Documents needed' },
  reset_password: { 'zh-CN': '重置密码', en: 'Reset a password' },
  social_security: { 'zh-CN': '社保与公积金', en: 'Social security' },
  thanks: { 'zh-CN': '致谢', en: 'Thanks' },
  transfer_money: { 'zh-CN': '转账', en: 'Transfer money' },
  transfer_status: { 'zh-CN': '转账进度', en: 'Transfer status' },
  unfreeze_card: { 'zh-CN': '解冻银行卡', en: 'Unfreeze a card' },
  unlock_account: { 'zh-CN': '解锁网银登录', en: 'Unlock online banking' },
  update_phone: { 'zh-CN': '修改预留手机号', en: 'Change registered phone' },
  wealth_products: { 'zh-CN': '理财产品', en: 'Wealth products' },
};

export function intentLabel(intent: string, locale: Locale): string {
  return INTENT_LABELS[intent]?.[locale] ?? humanise(intent);
}
