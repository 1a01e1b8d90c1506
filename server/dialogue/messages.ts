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
} as const satisfies Record<string, Record<Locale, string>>;

export function msg(key: keyof typeof MESSAGES, locale: Locale): string {
  return MESSAGES[key][locale];
}
