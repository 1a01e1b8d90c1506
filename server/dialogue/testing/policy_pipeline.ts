/**
 * Test support for policy rules: a real TurnPipeline (scripted classifier, the threshold policy with the
 * product's thresholds, catalog responder) over a small catalog and a scripted knowledge base, bare articles
 * to script it with, and an app turn's context.
 */
import type { Article } from '../../knowledge/article_schema.ts';
import type { IntentCatalog } from '../../nlu/intent_catalog.ts';
import { ScriptedClassifier } from '../../nlu/testing/scripted_classifier.ts';
import type { IntentScore, KnowledgeBase } from '../../nlu/understanding.ts';
import { TextNormalizer } from '../../pipeline/normalize_text.ts';
import type { TurnContext } from '../../pipeline/stages.ts';
import { TurnPipeline } from '../../pipeline/turn_pipeline.ts';
import { UnderstandStage } from '../../pipeline/understand_stage.ts';
import type { Locale } from '../../protocol/protocol.ts';
import type { SessionRecord } from '../../session/session_record.ts';
import { CatalogResponder } from '../catalog_responder.ts';
import { ThresholdPolicy } from '../threshold_policy.ts';

/** An article with only an id (and the intents it covers): enough for the policy's rules. */
export const bareArticle = (id: string, intents: string[] = []): Article => ({
  id,
  locale: 'zh-CN',
  title: id,
  questions: [],
  tags: [],
  answer: `${id} answer`,
  path: '',
  intents,
});

/**
 * `ruleArticles`: the knowledge base the policy's rules look an article up in when retrieval did not list it
 * (null: none).
 */
export function policyPipeline(
  catalog: IntentCatalog,
  script: Record<string, IntentScore[]>,
  knowledge: KnowledgeBase,
  ruleArticles: KnowledgeBase | null = knowledge,
): TurnPipeline {
  return new TurnPipeline({
    normalizer: new TextNormalizer(),
    understander: new UnderstandStage({ classifier: new ScriptedClassifier(script), knowledge }),
    policy: new ThresholdPolicy(
      catalog,
      { intentThreshold: 0.55, clarifyFloor: 0.25, clarifyMargin: 0.15, faqThreshold: 0.45 },
      ruleArticles,
    ),
    responder: new CatalogResponder(catalog),
  });
}

/** A new app session's first turn in `locale` (`session`: fields of the session record to set). */
export const appTurn = (locale: Locale, session: Partial<SessionRecord> = {}): TurnContext => ({
  session: {
    id: 's1',
    channel: 'app',
    locale,
    state: 'idle',
    createdAt: 0,
    lastActiveAt: 0,
    turnCount: 0,
    tokenHash: 'h',
    context: { fallbackCount: 0, extensions: {} },
    ...session,
  },
  channel: 'app',
  locale,
  now: new Date('2026-12-06T10:00:00Z'),
});

/** zh-CN when the text has a Chinese character, else en. */
export const localeOf = (text: string): Locale => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en');
