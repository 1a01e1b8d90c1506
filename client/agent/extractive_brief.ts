/**
 * The extractive brief, written by the console in its own language from the facts it shows (the server's
 * extractive text names intents and articles by their identifiers, in the customer's language). A language
 * model's brief (`method: 'model'`) is prose already and is shown as it comes.
 */
import type { ConversationDetail } from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { list, tr } from './i18n.ts';
import { intentLabel } from './intent_labels.ts';
import { mentionedItems } from './entity_labels.ts';
import { lastCustomerText, mentionsOf, sourceTitles } from './conversation_facts.ts';
import { triedItems } from './tried_labels.ts';

const TOP_INTENTS = 3;
const LAST_TRIED = 6;

export function briefText(d: ConversationDetail, locale: Locale): string {
  const s = d.summary;
  if (s.brief.method !== 'extractive') return s.brief.text;
  const intents = [...s.intents]
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_INTENTS)
    .map((i) => intentLabel(i.intent, locale));
  const tried = triedItems(s.assistantTried, sourceTitles(d), locale).slice(-LAST_TRIED);
  return tr('briefText', locale, {
    intents: list(intents, locale),
    mentioned: list(mentionedItems(s.entities, mentionsOf(d), locale), locale),
    last: lastCustomerText(d) ?? tr('none', locale),
    tried: list(
      tried.map((t) => t.text),
      locale,
    ),
  });
}
