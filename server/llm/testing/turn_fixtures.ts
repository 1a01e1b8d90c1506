/**
 * Test support: a real TurnPipeline (scripted classifier, threshold policy, catalog responder) with the
 * language-model step in it, over a small catalog of its own, and turn contexts for it.
 */
import { catalogFromFiles, type IntentCatalog } from '../../nlu/intent_catalog.ts';
import type { IntentFile } from '../../nlu/intent_catalog_schema.ts';
import { ScriptedClassifier } from '../../nlu/testing/scripted_classifier.ts';
import type { IntentScore } from '../../nlu/understanding.ts';
import { CatalogResponder } from '../../dialogue/catalog_responder.ts';
import { ThresholdPolicy } from '../../dialogue/threshold_policy.ts';
import { TextNormalizer } from '../../pipeline/normalize_text.ts';
import { TurnPipeline } from '../../pipeline/turn_pipeline.ts';
import type { TurnContext, TurnStep } from '../../pipeline/stages.ts';
import { UnderstandStage } from '../../pipeline/understand_stage.ts';
import type { Locale } from '../../protocol/protocol.ts';
import type { DialogueContext, SessionRecord } from '../../session/session_record.ts';

const intent = (
  name: string,
  zh: string,
  en: string,
  trigger: IntentFile['trigger'],
  responses?: IntentFile['responses'],
): IntentFile => ({
  intent: name,
  trigger,
  examples: { 'zh-CN': [zh], en: [en] },
  ...(responses ? { responses } : {}),
});

export const LLM_TEST_CATALOG: IntentCatalog = catalogFromFiles([
  intent('greeting', '你好', 'hello', { type: 'answer' }, { 'zh-CN': ['您好！'], en: ['Hello!'] }),
  intent(
    'transfer_money',
    '转账',
    'send money',
    { type: 'flow', flow: 'transfer_money' },
    {
      'zh-CN': ['好的，为了您的资金安全，转账前需要先验证您的身份。'],
      en: ['Sure. For your security I need to verify your identity before a transfer.'],
    },
  ),
  intent('check_balance', '查余额', 'check my balance', { type: 'flow', flow: 'check_balance' }),
  intent('freeze_card', '冻结卡', 'freeze my card', { type: 'flow', flow: 'freeze_card' }),
  intent('human_agent', '转人工', 'agent', { type: 'handoff', reason: 'asked_for_human' }),
]);

export function pipelineWith(steps: TurnStep[], script: Record<string, IntentScore[]> = {}): TurnPipeline {
  return new TurnPipeline({
    normalizer: new TextNormalizer(),
    understander: new UnderstandStage({ classifier: new ScriptedClassifier(script) }),
    policy: new ThresholdPolicy(LLM_TEST_CATALOG, {
      intentThreshold: 0.55,
      clarifyFloor: 0.25,
      clarifyMargin: 0.15,
      faqThreshold: 0.45,
    }),
    responder: new CatalogResponder(LLM_TEST_CATALOG),
    steps,
  });
}

export function turnContext(
  locale: Locale,
  options: { signal?: AbortSignal; context?: Partial<DialogueContext>; sessionId?: string } = {},
): TurnContext {
  const session: SessionRecord = {
    id: options.sessionId ?? 'session-1',
    channel: 'kiosk',
    locale,
    state: 'idle',
    createdAt: 0,
    lastActiveAt: 0,
    turnCount: 0,
    tokenHash: 'x',
    context: { fallbackCount: 0, extensions: {}, ...options.context },
  };
  return {
    session,
    channel: 'kiosk',
    locale,
    now: new Date(),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}
