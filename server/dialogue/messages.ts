import type { Locale } from '../protocol/protocol.ts';

/** System phrases of the assistant, per locale. */
export const MESSAGES = {
  fallback: {
    'zh-CN': '抱歉，我还没理解您的意思。您可以换个说法，或者说“转人工”由客服为您服务。',
    en: 'Sorry, I didn’t quite get that. You can say it another way, or say “agent” to talk to a person.',
  },
  fallbackOutOfScope: {
    'zh-CN':
      '抱歉，这个问题超出了我能帮您办理的银行业务范围。您可以问我账户、转账、银行卡、理财、网点等问题。',
    en: 'Sorry, that is outside the banking services I can help with. You can ask me about accounts, transfers, cards, savings or branches.',
  },
  clarify: {
    'zh-CN': '请问您是想办理以下哪一项？',
    en: 'Just to be sure, which of these do you mean?',
  },
  faqLead: { 'zh-CN': '', en: '' },
  nothingToConfirm: {
    'zh-CN': '目前没有需要您确认的业务。请问有什么可以帮您？',
    en: "There's nothing waiting for your confirmation right now. What can I help you with?",
  },
  nothingToCancel: {
    'zh-CN': '目前没有正在办理的业务需要取消。请问有什么可以帮您？',
    en: "There's nothing in progress to cancel right now. What can I help you with?",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export function msg(key: keyof typeof MESSAGES, locale: Locale): string {
  return MESSAGES[key][locale];
}
