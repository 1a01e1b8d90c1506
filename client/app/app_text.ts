/** Text of the app page's avatar, voice and card parts, Mandarin first (the chat strings are in shared/i18n). */
import type { Locale, SessionState } from '../../server/protocol/protocol.ts';

type Text = Record<Locale, string>;

export const APP_TEXT = {
  holdToTalk: { 'zh-CN': '按住说话', en: 'Hold to talk' },
  release: { 'zh-CN': '松开发送', en: 'Release to send' },
  voiceUnavailable: {
    'zh-CN': '暂不支持普通话语音输入，请打字',
    en: 'Voice input is not available yet; please type',
  },
  micDenied: { 'zh-CN': '无法使用麦克风', en: 'The microphone is unavailable' },
  mute: { 'zh-CN': '静音', en: 'Mute' },
  unmute: { 'zh-CN': '打开声音', en: 'Sound on' },
  source: { 'zh-CN': '来源', en: 'Source' },
  avatarUnavailable: {
    'zh-CN': '数字人暂不可用，您仍可以文字咨询',
    en: 'The avatar is unavailable; you can still chat',
  },
} as const satisfies Record<string, Text>;

export const APP_STATE: Record<SessionState, Text> = {
  idle: { 'zh-CN': '在线', en: 'Online' },
  listening: { 'zh-CN': '正在聆听…', en: 'Listening…' },
  thinking: { 'zh-CN': '正在思考…', en: 'Thinking…' },
  speaking: { 'zh-CN': '正在回答', en: 'Speaking' },
  with_agent: { 'zh-CN': '人工客服已接入', en: 'Staff member joined' },
};

export function at(key: keyof typeof APP_TEXT, locale: Locale): string {
  return APP_TEXT[key][locale];
}
