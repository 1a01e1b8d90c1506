/**
 * The language-model fallback (turn step, order 90, after flows): when understanding is not confident
 * (the default decision is a fallback, or a clarifying question between two weak guesses), answer from
 * the top knowledge articles with a language model, streamed sentence by sentence through the guardrails.
 *
 * It stays out of the way otherwise: no model or circuit open, nothing relevant retrieved, the model says
 * the sources do not cover it, or the call fails -> it returns null and the default (offline) reply stands.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import type { FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import type { TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import { streamGroundedAnswer } from './answer_stream.ts';
import {
  answerResult,
  flowStartResult,
  PENDING_FLOW,
  safeFallbackResult,
  type StepResult,
} from './fallback_results.ts';
import { AnswerGuard } from './guardrails/answer_guard.ts';
import { hasLongDigitRun, maskForPrompt } from './guardrails/mask_for_prompt.ts';
import { LLM_MESSAGES } from './llm_messages.ts';
import type { LanguageModel } from './model/language_model.ts';
import { buildFallbackMessages } from './prompt/fallback_prompt.ts';
import { flowOptions, startFlowTool, type FlowOption } from './prompt/start_flow_tool.ts';
import type { SentenceSinks } from './sentence_sink.ts';

export const LLM_STEP_ORDER = 90;

export interface LlmFallbackOptions {
  model: LanguageModel;
  knowledge: KnowledgeBase | null;
  catalog: IntentCatalog;
  logger: Logger;
  /** Streamed sentences go to the sink attached for the session (the voice path). */
  sinks?: SentenceSinks;
  /**
   * The customer's own verified data a figure may come from (e.g. a balance a flow read after
   * verification). Masked before it reaches the prompt.
   */
  customerFacts?: (input: TurnStepInput) => string[];
  /**
   * The flow step (order 50, which already ran this turn). When given, a flow the model proposes is handed
   * to it at once with the flow decision, exactly as if the policy had been confident, so its verification
   * card shows on this turn. Without it (or if it declines), the reply says the flow is starting and
   * `context.extensions.pendingFlow` names it.
   */
  flowStep?: Pick<TurnStep, 'run'>;
  /** Articles to ground on (default 3). */
  sources?: number;
  /** Retrieval score below which an article is not relevant enough to ground an answer (default 0.15). */
  minSourceScore?: number;
  /** A clarify decision goes to the model only when its best option is below this (default 0.45). */
  clarifyBelow?: number;
  maxTokens?: number;
  temperature?: number;
}

type Outcome =
  'answered' | 'flow' | 'blocked' | 'no_answer' | 'ungrounded' | 'offline' | 'failed' | 'aborted';

export class LlmFallbackStep implements TurnStep {
  readonly name = 'llm_fallback';
  private readonly flows: FlowOption[];
  readonly outcomes: Record<Outcome, number> = {
    answered: 0,
    flow: 0,
    blocked: 0,
    no_answer: 0,
    ungrounded: 0,
    offline: 0,
    failed: 0,
    aborted: 0,
  };
  readonly blockedBy: Record<string, number> = {};

  constructor(private readonly options: LlmFallbackOptions) {
    this.flows = flowOptions(options.catalog);
  }

  /**
   * Whether this turn is one the model should try: the default policy is not confident (a fallback, a close
   * call, or an article taken only for its lead over the rest, below the FAQ threshold: `clear_lead.ts`).
   */
  applies({ decision, ctx }: TurnStepInput): boolean {
    if (ctx.session.state === 'with_agent') return false;
    if (decision.type === 'fallback' || (decision.type === 'faq' && decision.lead === true)) return true;
    return (
      decision.type === 'clarify' && decision.options[0].confidence < (this.options.clarifyBelow ?? 0.45)
    );
  }

  async run(input: TurnStepInput): Promise<StepResult | null> {
    if (!this.applies(input)) return null;
    const { model, logger } = this.options;
    if (!model.available()) return this.count('offline', null);
    const hits = this.retrieve(input);
    if (hits.length === 0) return this.count('ungrounded', null);

    const { ctx } = input;
    const facts = (this.options.customerFacts?.(input) ?? []).map(maskForPrompt);
    const messages = buildFallbackMessages({
      locale: ctx.locale,
      bankName: LLM_MESSAGES.bankName,
      question: maskForPrompt(input.text),
      sources: hits.map((h) => h.article),
      customerFacts: facts,
      canStartFlows: this.flows.length > 0,
    });
    // The last net: nothing that looks like a full card, phone or account number leaves this process.
    if (messages.some((m) => hasLongDigitRun(m.content))) {
      logger.error({}, 'llm prompt refused: unmasked digits');
      return this.count('failed', null);
    }

    const outcome = await this.stream(input, hits, messages, facts);
    switch (outcome.type) {
      case 'answer':
        return this.count('answered', answerResult(input, outcome, hits));
      case 'flow':
        return this.count('flow', await this.startFlow(input, outcome.flow));
      case 'blocked':
        this.blockedBy[outcome.reason] = (this.blockedBy[outcome.reason] ?? 0) + 1;
        logger.warn(
          { reason: outcome.reason, figures: outcome.figures.length },
          'llm answer blocked by guardrail',
        );
        return this.count('blocked', safeFallbackResult(input, this.options.catalog));
      case 'no_answer':
      case 'empty':
        return this.count('no_answer', null);
      case 'failed':
        logger.warn({ kind: outcome.error.kind }, 'llm fallback answered offline');
        return this.count(outcome.error.kind === 'circuit_open' ? 'offline' : 'failed', null);
    }
  }

  health(): Record<string, unknown> {
    return { outcomes: { ...this.outcomes }, blockedBy: { ...this.blockedBy } };
  }

  private async stream(
    input: TurnStepInput,
    hits: readonly FaqHit[],
    messages: ReturnType<typeof buildFallbackMessages>,
    facts: string[],
  ): ReturnType<typeof streamGroundedAnswer> {
    const { ctx } = input;
    const guard = new AnswerGuard({
      sourceIds: hits.map((h) => h.article.id),
      sourceTexts: hits.map((h) => `${h.article.title}\n${h.article.answer}`),
      customerFacts: facts,
    });
    try {
      return await streamGroundedAnswer({
        model: this.options.model,
        request: {
          messages,
          ...(this.flows.length > 0 ? { tools: [startFlowTool(this.flows)] } : {}),
          maxTokens: this.options.maxTokens ?? 300,
          temperature: this.options.temperature ?? 0.2,
        },
        guard,
        flows: this.flows,
        stream: { streamId: randomUUID(), sessionId: ctx.session.id, locale: ctx.locale },
        sink: this.options.sinks?.get(ctx.session.id),
        signal: ctx.signal,
        logger: this.options.logger,
      });
    } catch (err) {
      this.outcomes.aborted++;
      throw err;
    }
  }

  private async startFlow(input: TurnStepInput, flow: FlowOption): Promise<StepResult> {
    const proposed = flowStartResult(input, this.options.catalog, flow);
    const flowStep = this.options.flowStep;
    if (!flowStep) return proposed;
    const context = { ...proposed.context, extensions: { ...proposed.context.extensions } };
    delete context.extensions[PENDING_FLOW];
    return (await flowStep.run({ ...input, decision: proposed.decision, context })) ?? proposed;
  }

  private retrieve({ text, ctx }: TurnStepInput): FaqHit[] {
    const kb = this.options.knowledge;
    if (!kb) return [];
    const min = this.options.minSourceScore ?? 0.15;
    return kb.search(text, ctx.locale, this.options.sources ?? 3).filter((h) => h.score >= min);
  }

  private count<T>(outcome: Outcome, result: T): T {
    this.outcomes[outcome]++;
    return result;
  }
}
