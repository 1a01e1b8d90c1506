/**
 * An `agent.error` in the console's language: the server words it in the agent's first language, the
 * console says the same thing (by its stable code) in the language the agent switched to.
 */
import { ERROR_CODES } from '../../server/protocol/error_codes.ts';
import type { Locale, ServerError } from '../../server/protocol/protocol.ts';
import { pair, tr } from './i18n.ts';

export function agentErrorText(error: Pick<ServerError, 'code' | 'message'>, locale: Locale): string {
  const known = (ERROR_CODES as Partial<Record<string, { en: string; zh: string }>>)[error.code];
  return pair(tr('error', locale), known ? known[locale === 'zh-CN' ? 'zh' : 'en'] : error.message, locale);
}
