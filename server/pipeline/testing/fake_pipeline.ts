/**
 * A real TurnPipeline over a tiny in-test catalog and a scripted classifier: for tests of everything around
 * the pipeline (sockets, sessions, transcripts) that must not depend on the content in `intents/`.
 */
import { catalogFromFiles } from '../../nlu/intent_catalog.ts';
import type { IntentFile } from '../../nlu/intent_catalog_schema.ts';
import { ScriptedClassifier } from '../../nlu/testing/scripted_classifier.ts';
import type { IntentScore, KnowledgeBase } from '../../nlu/understanding.ts';
import { CatalogResponder } from '../../dialogue/catalog_responder.ts';
import { ThresholdPolicy } from '../../dialogue/threshold_policy.ts';
import { TextNormalizer } from '../normalize_text.ts';
import { TurnPipeline } from '../turn_pipeline.ts';
import { UnderstandStage } from '../understand_stage.ts';

const intent = (
  name: string,
  zh: string,
  en: string,
  trigger: IntentFile['trigger'] = { type: 'answer' },
): IntentFile => ({
  intent: name,
  trigger,
  examples: { 'zh-CN': [zh], en: [en] },
  responses: { 'zh-CN': [`${name}:zh`], en: [`${name}:en`] },
});

export const FAKE_CATALOG = catalogFromFiles([
  intent('greeting', '你好', 'hello'),
  intent('check_balance', '查余额', 'check my balance', { type: 'flow', flow: 'check_balance' }),
  intent('freeze_card', '冻结卡', 'freeze my card', { type: 'flow', flow: 'freeze_card' }),
  intent('report_lost_card', '卡丢了', 'I lost my card', { type: 'flow', flow: 'report_lost_card' }),
  intent('branch_hours', '几点开门', 'opening hours'),
]);

export const FAKE_SCRIPT: Record<string, IntentScore[]> = {
  hello: [{ intent: 'greeting', confidence: 0.97 }],
  你好: [{ intent: 'greeting', confidence: 0.97 }],
  'check my balance': [{ intent: 'check_balance', confidence: 0.9 }],
  'my card': [
    { intent: 'freeze_card', confidence: 0.41 },
    { intent: 'report_lost_card', confidence: 0.38 },
  ],
  'opening hours': [{ intent: 'branch_hours', confidence: 0.88 }],
};

export function fakePipeline(
  options: { knowledge?: KnowledgeBase; script?: Record<string, IntentScore[]> } = {},
): TurnPipeline {
  return new TurnPipeline({
    normalizer: new TextNormalizer(),
    understander: new UnderstandStage({
      classifier: new ScriptedClassifier(options.script ?? FAKE_SCRIPT),
      ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    }),
    policy: new ThresholdPolicy(FAKE_CATALOG, {
      intentThreshold: 0.55,
      clarifyFloor: 0.25,
      clarifyMargin: 0.15,
      faqThreshold: 0.45,
    }),
    responder: new CatalogResponder(FAKE_CATALOG),
  });
}
