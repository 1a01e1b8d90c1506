/**
 * Everyday messages for the handoff model: the intent catalog's examples (`intents/`), which are what most
 * customers type — "查余额", "send 200 to mum", "no, hold off", "thanks, bye" — labelled for handoff: a
 * request for a person is `explicit`, every other intent (and out of scope) is `neutral`; complaints and
 * fraud reports are left out, their calm and heated forms being the written corpus's business.
 *
 * The written corpus is mostly hard cases, so without these rows the model met short everyday messages
 * rarely and read many of them as upset or as a scam. They teach the model only: the thresholds are still
 * chosen on the written corpus (`everyday` rows are left out of that choice), so thousands of easy neutrals
 * do not loosen them.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../../protocol/protocol.ts';
import { loadIntentCatalog } from '../../nlu/intent_catalog.ts';
import type { HandoffExample, HandoffLabel } from './handoff_corpus.ts';

/** The intents shipped with the server. */
export const DEFAULT_INTENTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'intents');

/** Handoff label of an intent's examples; null leaves them out. Unlisted intents are neutral. */
const HANDOFF_LABEL_OF_INTENT: Readonly<Record<string, HandoffLabel | null>> = {
  human_agent: 'explicit',
  complaint: null,
  fraud_report: null,
};

/**
 * Every third example of the catalog (about 2,000 rows) is enough to teach the model everyday messages
 * without outweighing the written corpus: with all of them (6,178 rows) false escalation on everyday
 * messages fell further (0.8 / 1.4% against 2.9 / 4.1%), but cross-validated frustrated+explicit recall on the
 * written corpus lost 2–3 points and fraud recall 0.2–0.3 (top-level README, Human handoff).
 */
export const EVERYDAY_EVERY_NTH = 3;

/** The handoff label of an intent's messages: `explicit` for a person, null for complaints and fraud reports. */
export function handoffLabelOfIntent(intent: string): HandoffLabel | null {
  return Object.hasOwn(HANDOFF_LABEL_OF_INTENT, intent) ? HANDOFF_LABEL_OF_INTENT[intent]! : 'neutral';
}

/** The catalog's examples in both locales (every `everyNth`) as handoff rows marked `everyday`. */
export function everydayExamples(
  intentsDir: string = DEFAULT_INTENTS_DIR,
  everyNth: number = EVERYDAY_EVERY_NTH,
): HandoffExample[] {
  const catalog = loadIntentCatalog(intentsDir);
  const out: HandoffExample[] = [];
  let n = 0;
  for (const locale of LOCALES)
    for (const { text, intent } of catalog.examples(locale)) {
      if (n++ % everyNth !== 0) continue;
      const label = handoffLabelOfIntent(intent);
      if (label) out.push({ text, locale, label, everyday: true });
    }
  return out;
}
