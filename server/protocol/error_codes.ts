/**
 * Stable error codes sent to clients in `server.error` events and in connect errors.
 * Each code says whether retrying the same request may succeed.
 */
export const ERROR_CODES = {
  E_PAYLOAD_INVALID: { retryable: false, en: 'The request was malformed.', zh: '请求格式不正确。' },
  E_PAYLOAD_TOO_LARGE: { retryable: false, en: 'The request is too large.', zh: '请求内容过长。' },
  E_UNKNOWN_EVENT: { retryable: false, en: 'Unknown event.', zh: '未知的事件类型。' },
  E_HANDSHAKE_INVALID: {
    retryable: false,
    en: 'Connection parameters are invalid.',
    zh: '连接参数不正确。',
  },
  E_RESUME_TOKEN_INVALID: {
    retryable: false,
    en: 'This conversation has expired; a new one was started.',
    zh: '原会话已过期，已为您开始新的会话。',
  },
  E_AGENT_AUTH_REQUIRED: {
    retryable: false,
    en: 'Agent authentication is required.',
    zh: '需要坐席身份认证。',
  },
  E_RATE_LIMITED: {
    retryable: true,
    en: 'Too many requests; please slow down.',
    zh: '请求过于频繁，请稍后再试。',
  },
  E_BUSY: {
    retryable: true,
    en: 'Still answering your previous message.',
    zh: '正在处理您上一条消息，请稍候。',
  },
  E_STORE_UNAVAILABLE: {
    retryable: true,
    en: 'The service is temporarily unavailable; please try again.',
    zh: '服务暂时不可用，请稍后重试。',
  },
  E_PROVIDER_UNAVAILABLE: {
    retryable: true,
    en: 'A speech or language provider is unavailable.',
    zh: '语音或语言服务暂时不可用。',
  },
  E_AUDIO_INVALID: { retryable: false, en: 'The audio frame is invalid.', zh: '音频数据格式不正确。' },
  E_CAPABILITY_UNAVAILABLE: {
    retryable: false,
    en: 'This capability is not available on this server.',
    zh: '此服务器未启用该功能。',
  },
  E_INTERNAL: { retryable: true, en: 'Something went wrong on our side.', zh: '系统出现异常，请稍后再试。' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];
