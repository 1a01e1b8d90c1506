/**
 * An `agent.error` in the console's language: the server words it in the agent's first language, the
 * console says the same thing (by its stable code) in the language the agent switched to.
 */
import type { Locale, ServerError } from '../../server/protocol/protocol.ts';
import { serverErrorText } from '../shared/server_error_text.ts';
import { pair, tr } from './i18n.ts';

export function agentErrorText(error: Pick<ServerError, 'code' | 'message'>, locale: Locale): string {
  return pair(tr('error', locale), serverErrorText(error, locale), locale);
}
