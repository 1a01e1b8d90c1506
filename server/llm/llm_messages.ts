import type { Locale } from '../protocol/protocol.ts';

/** Phrases of the language-model fallback, per locale. */
export const LLM_MESSAGES = {
  /** When a generated answer failed a guardrail: honest, and offers a person. */
  safeFallback: {
    'zh-CN':
      '抱歉，这个问题我暂时无法给您准确可靠的答复。为避免误导您，建议由人工客服为您解答，需要为您转人工吗？',
    en: 'Sorry, I can’t give you a reliable answer to that right now, and I don’t want to mislead you. Would you like me to connect you with an agent?',
  },
  agentQuickReply: { 'zh-CN': '转人工', en: 'Talk to an agent' },
  /** When the model starts a flow whose intent has no catalog response. */
  flowStart: {
    'zh-CN': '好的，我来帮您办理。为了您的资金安全，开始前需要先验证您的身份。',
    en: 'Sure, I can help with that. For your security, I first need to verify your identity.',
  },
  bankName: { 'zh-CN': '沙盒银行', en: 'Sandbox Bank' },
} as const satisfies Record<string, Record<Locale, string>>;

export function llmMsg(key: keyof typeof LLM_MESSAGES, locale: Locale): string {
  return LLM_MESSAGES[key][locale];
}
