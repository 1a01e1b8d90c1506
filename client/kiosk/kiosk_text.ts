/** User-facing text of the lobby screen, Mandarin first. */
import type { Locale, SessionState } from '../../server/protocol/protocol.ts';

type Text = Record<Locale, string>;

export const KIOSK_TEXT = {
  bank: { 'zh-CN': '沙盒银行', en: 'Sandbox Bank' },
  assistant: { 'zh-CN': '智能客服', en: 'Digital Assistant' },
  switchLocale: { 'zh-CN': 'English', en: '中文' },
  holdToTalk: { 'zh-CN': '按住说话', en: 'Hold to talk' },
  release: { 'zh-CN': '松开发送', en: 'Release to send' },
  handsFree: { 'zh-CN': '免提对话', en: 'Hands-free' },
  handsFreeOn: { 'zh-CN': '免提中 · 点按结束', en: 'Hands-free on · tap to stop' },
  typePlaceholder: { 'zh-CN': '也可以在这里输入问题', en: 'Or type your question here' },
  send: { 'zh-CN': '发送', en: 'Send' },
  message: { 'zh-CN': '消息', en: 'Message' },
  localeSwitched: { 'zh-CN': '已切换为中文，请继续', en: 'Switched to English. Please go on.' },
  touchToStart: { 'zh-CN': '请触摸屏幕或按住说话开始', en: 'Touch the screen or hold to talk to start' },
  connecting: { 'zh-CN': '正在连接…', en: 'Connecting…' },
  reconnecting: { 'zh-CN': '网络中断，正在重新连接…', en: 'Connection lost, reconnecting…' },
  voiceInputUnavailable: {
    'zh-CN': '暂不支持普通话语音输入，请点选下方问题或打字',
    en: 'Voice input is not available yet; tap a question below or type',
  },
  voiceInputUnavailableEn: {
    'zh-CN': '暂不支持英语语音输入，请打字',
    en: 'English voice input is not available yet; please type',
  },
  voiceOutputUnavailable: {
    'zh-CN': '语音播报不可用，仅显示字幕',
    en: 'Spoken replies are unavailable; captions only',
  },
  micDenied: { 'zh-CN': '无法使用麦克风，请输入文字', en: 'The microphone is unavailable; please type' },
  source: { 'zh-CN': '来源', en: 'Source' },
  you: { 'zh-CN': '您', en: 'You' },
  error: { 'zh-CN': '抱歉，出现了问题', en: 'Sorry, something went wrong' },
} as const satisfies Record<string, Text>;

export const STATE_TEXT: Record<SessionState, Text> = {
  idle: { 'zh-CN': '随时为您服务', en: 'Ready to help' },
  listening: { 'zh-CN': '正在聆听…', en: 'Listening…' },
  thinking: { 'zh-CN': '正在思考…', en: 'Thinking…' },
  speaking: { 'zh-CN': '正在回答', en: 'Speaking' },
  with_agent: { 'zh-CN': '人工客服已接入', en: 'A staff member has joined' },
};

/** Greetings cycled by the attract loop. */
export const ATTRACT_LINES: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '您好！我是沙盒银行智能客服小安',
    '查询余额、转账汇款、挂失补卡，都可以问我',
    '请按住下方按钮说话，或直接点按常见问题',
  ],
  en: [
    "Hello! I'm An, Sandbox Bank's digital assistant",
    'Ask me about balances, transfers, lost cards and more',
    'Hold the button below to talk, or tap a common question',
  ],
};

/** Starter questions shown before the first reply brings its own quick replies. */
export const STARTERS: Record<Locale, ReadonlyArray<{ label: string; text: string }>> = {
  'zh-CN': [
    { label: '营业时间', text: '你们的营业时间是什么时候？' },
    { label: '挂失银行卡', text: '我的银行卡丢了，怎么挂失？' },
    { label: '转账限额', text: '手机银行转账限额是多少？' },
    { label: '开户', text: '我想开一个储蓄账户' },
  ],
  en: [
    { label: 'Opening hours', text: 'What are your opening hours?' },
    { label: 'Lost card', text: 'I lost my bank card, how do I report it?' },
    { label: 'Transfer limits', text: 'What is the mobile transfer limit?' },
    { label: 'Open an account', text: 'I want to open a savings account' },
  ],
};

export function kt(key: keyof typeof KIOSK_TEXT, locale: Locale): string {
  return KIOSK_TEXT[key][locale];
}
