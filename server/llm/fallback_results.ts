/**
 * The turn results the language-model step can produce: a grounded answer (kind `llm`, with its source),
 * the safe fallback that replaces an answer a guardrail stopped, and the start of a flow the model proposed
 * (the same decision the catalog makes for a flow intent, so the flow engine verifies the customer first).
 */
import type { Decision } from '../dialogue/decision.ts';
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import type { FaqHit } from '../nlu/understanding.ts';
import type { TurnResult, TurnStepInput } from '../pipeline/stages.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { llmMsg } from './llm_messages.ts';
import type { FlowOption } from './prompt/start_flow_tool.ts';

export type StepResult = Omit<TurnResult, 'understanding'>;

/** Key under `context.extensions` that tells the flow step which flow the model asked to start. */
export const PENDING_FLOW = 'pendingFlow';

/** The context after an answered turn: not a fallback, so the fallback count is not raised. */
function answeredContext(input: TurnStepInput): DialogueContext {
  const next: DialogueContext = {
    ...input.context,
    fallbackCount: input.ctx.session.context.fallbackCount,
    extensions: { ...input.context.extensions },
  };
  delete next.pendingClarify;
  return next;
}

export function answerResult(
  input: TurnStepInput,
  answer: { text: string; cited: string[] },
  hits: readonly FaqHit[],
): StepResult {
  const first = hits.find((h) => h.article.id === answer.cited[0]) ?? hits[0]!;
  const sources = answer.cited.length > 0 ? answer.cited : [first.article.id];
  return {
    decision: { type: 'llm', sources },
    reply: {
      kind: 'llm',
      text: answer.text,
      intent: null,
      confidence: Math.min(1, Math.max(0, first.score)),
      entities: input.understanding.entities,
      source: { id: first.article.id, title: first.article.title },
      quickReplies: [],
      expression: 'neutral',
    },
    context: answeredContext(input),
  };
}

/** Honest: the assistant could not answer reliably; offers a person. Counts as a fallback. */
export function safeFallbackResult(input: TurnStepInput, catalog: IntentCatalog): StepResult {
  const { locale, session } = input.ctx;
  const next: DialogueContext = {
    ...input.context,
    fallbackCount: session.context.fallbackCount + 1,
    extensions: { ...input.context.extensions },
  };
  delete next.pendingClarify;
  const agentText =
    catalog.intents.get('human_agent')?.examples[locale][0] ?? llmMsg('agentQuickReply', locale);
  const decision: Decision = { type: 'fallback', reason: 'low_confidence' };
  return {
    decision,
    reply: {
      kind: 'fallback',
      text: llmMsg('safeFallback', locale),
      intent: null,
      confidence: input.understanding.intent.top?.confidence ?? 0,
      entities: input.understanding.entities,
      source: null,
      quickReplies: [{ label: llmMsg('agentQuickReply', locale), text: agentText }],
      expression: 'neutral',
    },
    context: next,
  };
}

/**
 * The model proposed a flow: the reply tells the customer it is starting (the catalog's own response for
 * the flow intent, which asks for verification), and `context.extensions.pendingFlow` names the flow for
 * the flow step to pick up. Nothing is executed here.
 */
export function flowStartResult(input: TurnStepInput, catalog: IntentCatalog, flow: FlowOption): StepResult {
  const { locale, session } = input.ctx;
  const file = catalog.intents.get(flow.intent);
  const variants = file?.responses?.[locale] ?? [];
  const text =
    variants.length > 0 ? variants[session.turnCount % variants.length]! : llmMsg('flowStart', locale);
  const confidence =
    input.understanding.intent.ranking.find((r) => r.intent === flow.intent)?.confidence ?? 0;
  const next = answeredContext(input);
  next.lastIntent = flow.intent;
  next.extensions[PENDING_FLOW] = flow.flow;
  return {
    decision: { type: 'intent', intent: flow.intent, confidence, trigger: { type: 'flow', flow: flow.flow } },
    reply: {
      kind: 'flow',
      text,
      intent: flow.intent,
      confidence,
      entities: input.understanding.entities,
      source: null,
      quickReplies: (file?.quickReplies?.[locale] ?? []).map((t) => ({ label: t, text: t })),
      expression: 'neutral',
    },
    context: next,
  };
}
