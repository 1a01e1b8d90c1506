import type { Locale } from '../../server/protocol/protocol.ts';

/** User-facing strings of the client pages, zh-CN first. */
export const UI = {
  title: { 'zh-CN': '沙盒银行智能客服', en: 'Sandbox Bank Assistant' },
  placeholder: { 'zh-CN': '请输入您的问题…', en: 'Type your question…' },
  send: { 'zh-CN': '发送', en: 'Send' },
  connecting: { 'zh-CN': '正在连接…', en: 'Connecting…' },
  connected: { 'zh-CN': '已连接', en: 'Connected' },
  reconnecting: { 'zh-CN': '网络中断，正在重新连接…', en: 'Connection lost, reconnecting…' },
  resumed: { 'zh-CN': '已恢复之前的对话', en: 'Your conversation was restored' },
  source: { 'zh-CN': '来源', en: 'Source' },
  welcome: {
    'zh-CN': '您好，我是沙盒银行智能客服，请问有什么可以帮您？',
    en: 'Hello, I am the Sandbox Bank assistant. How can I help you?',
  },
  switchLocale: { 'zh-CN': 'English', en: '中文' },
  newChat: { 'zh-CN': '新对话', en: 'New chat' },
  messageLabel: { 'zh-CN': '消息', en: 'Message' },
  avatarLabel: { 'zh-CN': '数字人', en: 'Avatar' },
} as const satisfies Record<string, Record<Locale, string>>;

export function t(key: keyof typeof UI, locale: Locale): string {
  return UI[key][locale];
}

/** "来源：营业时间" in Chinese, "Source: Opening hours" in English (never a full-width colon in English). */
export function pair(label: string, value: string, locale: Locale): string {
  return locale === 'zh-CN' ? `${label}：${value}` : `${label}: ${value}`;
}

export function initialLocale(): Locale {
  const q = new URLSearchParams(window.location.search).get('locale');
  if (q === 'en' || q === 'zh-CN') return q;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
