/**
 * A `server.error` as the customer reads it, in the page's language: the server words it in the session's
 * language, sometimes with a technical detail in English ("请求格式不正确。(text: Too big…)"); the page says
 * the same thing by its stable code. An unknown code keeps the server's text.
 */
import { ERROR_CODES } from '../../server/protocol/error_codes.ts';
import type { Locale, ServerError } from '../../server/protocol/protocol.ts';

export function serverErrorText(error: Pick<ServerError, 'code' | 'message'>, locale: Locale): string {
  const known = (ERROR_CODES as Partial<Record<string, { en: string; zh: string }>>)[error.code];
  return known ? known[locale === 'zh-CN' ? 'zh' : 'en'] : error.message;
}
