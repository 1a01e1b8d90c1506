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
  E_VERIFICATION_FAILED: {
    retryable: true,
    en: 'The code is incorrect.',
    zh: '验证码或密码不正确。',
  },
  E_VERIFICATION_LOCKED: {
    retryable: false,
    en: 'Too many failed attempts; verification is locked for a while.',
    zh: '验证失败次数过多，身份验证已暂时锁定。',
  },
  E_CODE_EXPIRED: {
    retryable: false,
    en: 'This code has expired or was already used; please request a new one.',
    zh: '验证码已过期或已使用，请重新获取。',
  },
  E_INSUFFICIENT_FUNDS: { retryable: false, en: 'The balance is not sufficient.', zh: '账户余额不足。' },
  E_LIMIT_EXCEEDED: {
    retryable: false,
    en: 'The amount exceeds the account limit.',
    zh: '金额超出账户限额。',
  },
  E_DUPLICATE: {
    retryable: false,
    en: 'This request was already submitted with different details.',
    zh: '该请求已提交过且内容不一致。',
  },
  E_AGENT_LOGIN_INVALID: {
    retryable: false,
    en: 'Wrong username or password.',
    zh: '用户名或密码错误。',
  },
  E_AGENT_LOGIN_THROTTLED: {
    retryable: true,
    en: 'Too many failed sign-in attempts; please wait and try again.',
    zh: '登录失败次数过多，请稍后再试。',
  },
  E_AGENT_FORBIDDEN: {
    retryable: false,
    en: 'Your role does not allow this action.',
    zh: '您的角色无权执行此操作。',
  },
  E_HANDOFF_NOT_FOUND: {
    retryable: false,
    en: 'This conversation is no longer waiting for an agent.',
    zh: '该会话已不在人工队列中。',
  },
  E_HANDOFF_ALREADY_CLAIMED: {
    retryable: false,
    en: 'Another agent has already taken this conversation.',
    zh: '该会话已被其他坐席接起。',
  },
  E_HANDOFF_NOT_YOURS: {
    retryable: false,
    en: 'This conversation is handled by another agent.',
    zh: '该会话由其他坐席负责。',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];
