/**
 * Why the policy handed the conversation over, as the agent reads it. The server sends tokens
 * (`phrase`, `intent:complaint`, `threat:strong`, `trend:-0.62`, `scheme:safe_account`, `model:fraud:0.91`,
 * `sarcasm`, `repetition`, `fallbacks:3`; see server/handoff/handoff_policy.ts); each becomes a phrase.
 */
import type { Locale } from '../../server/protocol/protocol.ts';
import { humanise, pair } from './i18n.ts';
import { intentLabel } from './intent_labels.ts';

type Text = Record<Locale, string>;

const WORDS = {
  phrase: { 'zh-CN': '明确要求转人工', en: 'Asked for a person in so many words' },
  intent: { 'zh-CN': '识别意图', en: 'Intent' },
  threatStrong: { 'zh-CN': '扬言投诉（强烈）', en: 'Threatened to complain (strong)' },
  threatWeak: { 'zh-CN': '扬言投诉', en: 'Threatened to complain' },
  trend: { 'zh-CN': '情绪趋势', en: 'Sentiment trend' },
  scheme: { 'zh-CN': '疑似诈骗手法', en: 'Scam pattern' },
  model: { 'zh-CN': '模型判断', en: 'Model' },
  sarcasm: { 'zh-CN': '反讽', en: 'Sarcasm' },
  repetition: { 'zh-CN': '反复提出同一问题', en: 'Repeated the same request' },
  fallbacks: { 'zh-CN': '助手连续 {n} 次未能理解', en: 'The assistant failed to understand {n} times' },
} as const satisfies Record<string, Text>;

const MODEL_CLASSES: Record<string, Text> = {
  fraud: { 'zh-CN': '疑似诈骗', en: 'fraud' },
  explicit: { 'zh-CN': '要求人工', en: 'asked for a person' },
  frustrated: { 'zh-CN': '不满', en: 'frustrated' },
};

/** server/handoff/fraud/fraud_patterns.ts FRAUD_SCHEMES. */
const SCHEMES: Record<string, Text> = {
  safe_account: { 'zh-CN': '“安全账户”', en: '"safe account"' },
  authority_impersonation: { 'zh-CN': '冒充公检法', en: 'posing as police or officials' },
  investment_teacher: { 'zh-CN': '投资“导师”', en: 'investment "mentor"' },
  code_request: { 'zh-CN': '索要验证码', en: 'asking for a code' },
  refund_loan: { 'zh-CN': '退款/贷款诈骗', en: 'refund or loan scam' },
  loan_cancellation: { 'zh-CN': '注销校园贷', en: 'cancelling a student loan' },
  remote_access: { 'zh-CN': '远程控制/屏幕共享', en: 'remote access or screen sharing' },
  advance_fee: { 'zh-CN': '预付费用', en: 'advance fee' },
  impersonation: { 'zh-CN': '冒充熟人', en: 'impersonating someone known' },
  victim_report: { 'zh-CN': '已被骗', en: 'already scammed' },
  money_mule: { 'zh-CN': '帮人收转款', en: 'money mule' },
  payee_change: { 'zh-CN': '收款账户变更', en: 'changed payee details' },
  recovery_scam: { 'zh-CN': '追回损失诈骗', en: 'recovery scam' },
  romance_scam: { 'zh-CN': '交友诈骗', en: 'romance scam' },
};

const say = (t: Text, locale: Locale): string => t[locale];

export function becauseLabel(token: string, locale: Locale): string {
  const [head = '', ...rest] = token.split(':');
  const arg = rest.join(':');
  switch (head) {
    case 'phrase':
      return say(WORDS.phrase, locale);
    case 'sarcasm':
      return say(WORDS.sarcasm, locale);
    case 'repetition':
      return say(WORDS.repetition, locale);
    case 'intent':
      return pair(say(WORDS.intent, locale), intentLabel(arg, locale), locale);
    case 'threat':
      return say(arg === 'strong' ? WORDS.threatStrong : WORDS.threatWeak, locale);
    case 'trend':
      return `${say(WORDS.trend, locale)} ${arg}`;
    case 'scheme':
      return pair(say(WORDS.scheme, locale), SCHEMES[arg]?.[locale] ?? humanise(arg), locale);
    case 'fallbacks':
      return say(WORDS.fallbacks, locale).replace('{n}', arg);
    case 'model': {
      const [kind = '', score] = arg.split(':');
      const what = MODEL_CLASSES[kind]?.[locale] ?? humanise(kind);
      return pair(say(WORDS.model, locale), score ? `${what} ${score}` : what, locale);
    }
    default:
      return humanise(token);
  }
}
