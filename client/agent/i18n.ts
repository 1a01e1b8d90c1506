/** Agent console strings, zh-CN first. */
import type { Locale } from '../../server/protocol/protocol.ts';

export const AGENT_UI = {
  title: { 'zh-CN': '坐席工作台', en: 'Agent Console' },
  loginTitle: { 'zh-CN': '坐席登录', en: 'Agent sign-in' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  password: { 'zh-CN': '密码', en: 'Password' },
  login: { 'zh-CN': '登录', en: 'Sign in' },
  logout: { 'zh-CN': '退出', en: 'Sign out' },
  sandboxHint: {
    'zh-CN': '沙盒账号：agent1 / sandbox-agent-1，supervisor1 / sandbox-supervisor-1',
    en: 'Sandbox accounts: agent1 / sandbox-agent-1, supervisor1 / sandbox-supervisor-1',
  },
  loginInvalid: { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' },
  loginThrottled: {
    'zh-CN': '失败次数过多，请 {sec} 秒后再试。',
    en: 'Too many attempts; try again in {sec} s.',
  },
  loginThrottledMin: {
    'zh-CN': '失败次数过多，请 {min} 分钟后再试。',
    en: 'Too many attempts; try again in {min} min.',
  },
  loginFailed: { 'zh-CN': '登录失败，请稍后重试。', en: 'Sign-in failed; please try again.' },
  presence: { 'zh-CN': '状态', en: 'Status' },
  available: { 'zh-CN': '在线', en: 'Available' },
  away: { 'zh-CN': '离开', en: 'Away' },
  connected: { 'zh-CN': '已连接', en: 'Connected' },
  reconnecting: { 'zh-CN': '正在重新连接…', en: 'Reconnecting…' },
  queue: { 'zh-CN': '排队中', en: 'Queue' },
  queueEmpty: { 'zh-CN': '暂无排队的会话', en: 'Nobody is waiting' },
  claim: { 'zh-CN': '接起', en: 'Claim' },
  customerOffline: { 'zh-CN': '客户已离线', en: 'Customer offline' },
  customerOfflineHint: {
    'zh-CN': '客户的连接已断开，现在回复可能无人接收；客户恢复会话后会回到原来的位置。',
    en: "The customer's connection is gone, so a reply may reach nobody now; if they come back, they keep their place.",
  },
  open: { 'zh-CN': '打开', en: 'Open' },
  withAgent: { 'zh-CN': '服务中', en: 'With agent' },
  verified: { 'zh-CN': '已验证', en: 'Verified' },
  unverified: { 'zh-CN': '未验证', en: 'Not verified' },
  wait: { 'zh-CN': '等待', en: 'Waiting' },
  seconds: { 'zh-CN': '{n} 秒', en: '{n} s' },
  minutes: { 'zh-CN': '{n} 分钟', en: '{n} min' },
  noConversation: { 'zh-CN': '从左侧队列接起一个会话', en: 'Claim a conversation from the queue' },
  send: { 'zh-CN': '发送', en: 'Send' },
  replyPlaceholder: { 'zh-CN': '输入回复，Enter 发送', en: 'Type a reply, Enter to send' },
  returnToAssistant: { 'zh-CN': '交还智能助手', en: 'Return to assistant' },
  close: { 'zh-CN': '结束会话', en: 'Close' },
  notePlaceholder: { 'zh-CN': '备注（可选）', en: 'Note (optional)' },
  summary: { 'zh-CN': '会话摘要', en: 'Summary' },
  brief: { 'zh-CN': '概要', en: 'In brief' },
  suggestions: { 'zh-CN': '推荐回复', en: 'Suggested replies' },
  standardReply: { 'zh-CN': '标准话术', en: 'Standard reply' },
  reason: { 'zh-CN': '转人工原因', en: 'Reason' },
  because: { 'zh-CN': '触发依据', en: 'Triggered by' },
  intents: { 'zh-CN': '已识别意图', en: 'Intents so far' },
  entities: { 'zh-CN': '提及信息', en: 'Mentioned' },
  tried: { 'zh-CN': '助手已尝试', en: 'Assistant tried' },
  sentiment: { 'zh-CN': '情绪趋势', en: 'Sentiment trend' },
  riskHold: { 'zh-CN': '已暂停转出资金', en: 'Outgoing payments on hold' },
  supervisor: { 'zh-CN': '主管视图', en: 'Supervisor view' },
  queuedByLocale: { 'zh-CN': '排队人数', en: 'Queued' },
  withAgentCount: { 'zh-CN': '服务中', en: 'With agents' },
  longestWait: { 'zh-CN': '最长等待', en: 'Longest wait' },
  averageWait: { 'zh-CN': '平均等待', en: 'Average wait' },
  agentsOnline: { 'zh-CN': '在线坐席', en: 'Agents online' },
  byReason: { 'zh-CN': '转人工原因统计', en: 'Handoffs by reason' },
  dispositions: { 'zh-CN': '结束原因统计', en: 'Dispositions' },
  callbacks: { 'zh-CN': '回电请求', en: 'Callback requests' },
  customerLeft: { 'zh-CN': '客户已结束与您的对话', en: 'The customer left the chat' },
  endedBySupervisor: { 'zh-CN': '主管已结束这段对话', en: 'A supervisor ended this chat' },
  role_customer: { 'zh-CN': '客户', en: 'Customer' },
  role_assistant: { 'zh-CN': '助手', en: 'Assistant' },
  role_agent: { 'zh-CN': '坐席', en: 'Agent' },
  role_system: { 'zh-CN': '系统', en: 'System' },
  agentRole_agent: { 'zh-CN': '坐席', en: 'Agent' },
  agentRole_supervisor: { 'zh-CN': '主管', en: 'Supervisor' },
  channel_kiosk: { 'zh-CN': '网点大屏', en: 'Lobby screen' },
  channel_app: { 'zh-CN': '手机银行', en: 'Banking app' },
  'language_zh-CN': { 'zh-CN': '中文', en: 'Chinese' },
  language_en: { 'zh-CN': '英文', en: 'English' },
  source: { 'zh-CN': '来源', en: 'Source' },
  none: { 'zh-CN': '无', en: 'none' },
  briefText: {
    'zh-CN': '客户诉求：{intents}。提及信息：{mentioned}。最后的问题：“{last}”。助手已尝试：{tried}。',
    en: 'Customer wants: {intents}. Mentioned: {mentioned}. Last question: "{last}". Assistant tried: {tried}.',
  },
  kind_intent: { 'zh-CN': '回答', en: 'Answered' },
  kind_faq: { 'zh-CN': '常见问题', en: 'FAQ' },
  kind_clarify: { 'zh-CN': '澄清提问', en: 'Asked to clarify' },
  kind_fallback: { 'zh-CN': '未能理解', en: 'Did not understand' },
  kind_flow: { 'zh-CN': '办理流程', en: 'Flow' },
  kind_handoff: { 'zh-CN': '转人工', en: 'Handed over' },
  kind_llm: { 'zh-CN': '大模型回答', en: 'Model answer' },
  kind_agent: { 'zh-CN': '坐席回复', en: 'Agent reply' },
  kind_system: { 'zh-CN': '系统消息', en: 'System message' },
  kind_reply: { 'zh-CN': '回复', en: 'Reply' },
  system_handoff: { 'zh-CN': '转人工：{reason}', en: 'Handed over: {reason}' },
  system_unavailable_closed: {
    'zh-CN': '未能转人工（非服务时间）：{reason}',
    en: 'No handoff (outside opening hours): {reason}',
  },
  system_unavailable_no_agents: {
    'zh-CN': '未能转人工（暂无坐席）：{reason}',
    en: 'No handoff (no agent available): {reason}',
  },
  system_claimed: { 'zh-CN': '坐席已接入', en: 'An agent joined' },
  system_returned: { 'zh-CN': '已交还智能助手', en: 'Returned to the assistant' },
  system_closed: { 'zh-CN': '会话已结束', en: 'Conversation closed' },
  system_cancelled: { 'zh-CN': '客户已取消转人工', en: 'The customer cancelled the handoff' },
  system_language: {
    'zh-CN': '客户改用{to}，已转入{to}队列',
    en: 'The customer switched to {to}: moved to the {to} queue',
  },
  system_callback: { 'zh-CN': '客户请求回电', en: 'The customer asked for a callback' },
  system_callback_left_queue: {
    'zh-CN': '客户改为预约回电，已离开排队（由回电联系，无需坐席另行联系）',
    en: 'The customer asked for a callback instead and left the queue (the call is the one contact)',
  },
  note: { 'zh-CN': '备注', en: 'Note' },
  reason_asked_for_human: { 'zh-CN': '要求人工', en: 'Asked for a person' },
  reason_negative_sentiment: { 'zh-CN': '情绪不满', en: 'Upset' },
  reason_repeated_fallback: { 'zh-CN': '多次未理解', en: 'Repeated fallbacks' },
  reason_complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  reason_fraud_risk: { 'zh-CN': '疑似诈骗', en: 'Fraud risk' },
  disposition_resolved: { 'zh-CN': '已解决', en: 'Resolved' },
  disposition_follow_up: { 'zh-CN': '需跟进', en: 'Follow-up needed' },
  disposition_callback_scheduled: { 'zh-CN': '已约回电', en: 'Callback scheduled' },
  disposition_referred_to_branch: { 'zh-CN': '转网点办理', en: 'Referred to branch' },
  disposition_fraud_confirmed: { 'zh-CN': '确认诈骗', en: 'Fraud confirmed' },
  disposition_no_response: { 'zh-CN': '客户无响应', en: 'No response' },
  switchLocale: { 'zh-CN': 'English', en: '中文' },
  error: { 'zh-CN': '操作失败', en: 'Action failed' },
} as const satisfies Record<string, Record<Locale, string>>;

export type AgentUiKey = keyof typeof AGENT_UI;

export function tr(key: AgentUiKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return AGENT_UI[key][locale].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Dynamic keys: handoff reasons, dispositions, transcript roles, agent roles, channels, languages, reply kinds. */
export type DynamicPrefix = 'reason' | 'disposition' | 'role' | 'agentRole' | 'channel' | 'language' | 'kind';

/** Looks up a dynamic key (`reason_*`, `channel_*`…); an unknown value is shown humanised, not raw. */
export function trDynamic(prefix: DynamicPrefix, value: string, locale: Locale): string {
  const key = `${prefix}_${value}`;
  return key in AGENT_UI ? tr(key as AgentUiKey, locale) : humanise(value);
}

/** `transfer_money` -> `transfer money`: an identifier without a label, readable at least. */
export function humanise(id: string): string {
  return id.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "label：value" in Chinese, "label: value" in English (never a full-width colon in English). */
export { pair } from '../shared/i18n.ts';

/** "（坐席）" in Chinese, " (Agent)" in English. */
export function parenthesised(text: string, locale: Locale): string {
  return locale === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

/** Items joined as each language lists them ("、" / ", "); `none` when empty. */
export function list(items: readonly string[], locale: Locale): string {
  return items.length > 0 ? items.join(locale === 'zh-CN' ? '、' : ', ') : tr('none', locale);
}
