/**
 * The language-model fallback as a feature: off unless LLM_BASE_URL (and LLM_MODEL) are set, in which case
 * it adds the grounded-answer step at order 90 and reports the model, breaker and metrics on `/healthz`.
 */
import type { Feature, FeatureFactory } from '../feature.ts';
import type { KnowledgeBase } from '../nlu/understanding.ts';
import { LLM_STEP_ORDER, LlmFallbackStep, type LlmFallbackOptions } from './llm_fallback_step.ts';
import type { LanguageModel } from './model/language_model.ts';
import { OpenAiCompatibleModel, type OpenAiCompatibleOptions } from './model/openai_compatible_model.ts';
import type { SentenceSinks } from './sentence_sink.ts';

export interface LlmFeatureOptions {
  /** Grounding articles; defaults to the node's knowledge base (`FeatureContext.knowledge`). */
  knowledge?: KnowledgeBase | null;
  /** Where streamed sentences go (share one registry with the voice feature). */
  sinks?: SentenceSinks;
  customerFacts?: LlmFallbackOptions['customerFacts'];
  /** The flow step, to start a flow the model proposes on the same turn (see `LlmFallbackOptions`). */
  flowStep?: LlmFallbackOptions['flowStep'];
  /** Use this model instead of building one from the configuration. */
  model?: LanguageModel;
  /** Timeouts, retries and breaker of the model built from the configuration. */
  modelOptions?: Partial<
    Pick<
      OpenAiCompatibleOptions,
      'connectTimeoutMs' | 'idleTimeoutMs' | 'totalTimeoutMs' | 'retry' | 'breaker' | 'streamUsage'
    >
  >;
  step?: Partial<
    Pick<LlmFallbackOptions, 'sources' | 'minSourceScore' | 'clarifyBelow' | 'maxTokens' | 'temperature'>
  >;
  /** Called with the model once the feature is built (null when off): lets the handoff summariser share it. */
  onModel?: (model: LanguageModel | null) => void;
}

export const LLM_FEATURE = 'llm_fallback';

export function llmFallbackFeature(options: LlmFeatureOptions = {}): FeatureFactory {
  return (ctx): Feature => {
    const { config, logger } = ctx;
    let model: LanguageModel | null = options.model ?? null;
    let offReason = 'LLM_BASE_URL is not set';
    if (!model && config.llmBaseUrl) {
      if (config.llmModel) {
        model = new OpenAiCompatibleModel({
          baseURL: config.llmBaseUrl,
          model: config.llmModel,
          logger,
          ...(config.llmApiKey ? { apiKey: config.llmApiKey } : {}),
          ...options.modelOptions,
        });
      } else {
        offReason = 'LLM_MODEL is not set';
        logger.warn({}, 'llm fallback off: LLM_BASE_URL is set but LLM_MODEL is not');
      }
    }
    options.onModel?.(model);
    if (!model) return { name: LLM_FEATURE, health: () => ({ llm: 'off', reason: offReason }) };

    const knowledge = options.knowledge === undefined ? ctx.knowledge : options.knowledge;
    if (!knowledge) logger.warn({}, 'llm fallback has no knowledge base: it will not answer');
    const step = new LlmFallbackStep({
      model,
      knowledge,
      catalog: ctx.catalog,
      logger,
      ...(options.sinks ? { sinks: options.sinks } : {}),
      ...(options.customerFacts ? { customerFacts: options.customerFacts } : {}),
      ...(options.flowStep ? { flowStep: options.flowStep } : {}),
      ...options.step,
    });
    logger.info({ model: model.name, grounded: knowledge !== null }, 'llm fallback ready');
    const active = model;
    return {
      name: LLM_FEATURE,
      steps: [{ order: LLM_STEP_ORDER, step }],
      health: () => ({
        llm: active.name,
        knowledge: knowledge ? 'on' : 'none',
        ...active.health(),
        step: step.health(),
      }),
      close: async () => active.close(),
    };
  };
}
