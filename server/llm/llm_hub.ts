/**
 * One place for what other features share with the language-model fallback: the sentence sinks the voice
 * feature attaches to, the flow step a `start_flow` tool call is handed to on the same turn, and the handoff
 * summariser using the same model (same breaker, same metrics).
 *
 * In `server/features.ts`: `const llm = new LlmHub();` then `llm.feature()` in the list, `llm.sinks` to the
 * voice feature, `llm.startFlowsWith` to the transactions feature and `llm.summarize` to the handoff feature.
 */
import type { FeatureFactory } from '../feature.ts';
import type { TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { llmFallbackFeature, type LlmFeatureOptions } from './llm_feature.ts';
import type { LanguageModel } from './model/language_model.ts';
import { SentenceSinks } from './sentence_sink.ts';
import { summarizeForAgent, type AgentSummary } from './summarize_for_agent.ts';

export class LlmHub {
  readonly sinks = new SentenceSinks();
  private model: LanguageModel | null = null;
  private flowStep: Pick<TurnStep, 'run'> | null = null;

  /**
   * The step that starts flows (the transactions feature's). Features are built one after the other, so
   * the language-model step reaches it through the hub whichever is built first; until it is set, a flow
   * the model proposes is only named in `context.extensions.pendingFlow`.
   */
  startFlowsWith = (step: Pick<TurnStep, 'run'>): void => {
    this.flowStep = step;
  };

  feature(options: Omit<LlmFeatureOptions, 'sinks' | 'onModel'> = {}): FeatureFactory {
    return llmFallbackFeature({
      flowStep: {
        run: (input: TurnStepInput) => (this.flowStep ? this.flowStep.run(input) : Promise.resolve(null)),
      },
      ...options,
      sinks: this.sinks,
      onModel: (m) => {
        this.model = m;
      },
    });
  }

  /** Extractive until the feature has been built with a model; never throws for a model failure. */
  summarize = (
    transcript: readonly TranscriptEntry[],
    locale: Locale,
    signal?: AbortSignal,
  ): Promise<AgentSummary> =>
    summarizeForAgent(transcript, locale, { model: this.model, ...(signal ? { signal } : {}) });
}
