/**
 * The one tool the model may call: `start_flow`, offered with the flows the intent catalog can start
 * (transfer_money, check_balance…). Calling it only proposes the flow: the flow engine then verifies the
 * customer as it always does. The model never moves money.
 */
import { z } from 'zod';
import type { IntentCatalog } from '../../nlu/intent_catalog.ts';
import type { ToolCall, ToolSpec } from '../model/language_model.ts';

export const START_FLOW = 'start_flow';

export interface FlowOption {
  flow: string;
  /** The catalog intent whose trigger starts this flow. */
  intent: string;
  description: string;
}

/** Flows reachable from the catalog, one per flow name (the first intent that triggers it). */
export function flowOptions(catalog: IntentCatalog): FlowOption[] {
  const out = new Map<string, FlowOption>();
  for (const file of catalog.intents.values()) {
    if (file.trigger.type !== 'flow' || out.has(file.trigger.flow)) continue;
    out.set(file.trigger.flow, {
      flow: file.trigger.flow,
      intent: file.intent,
      description: file.description ?? file.intent,
    });
  }
  return [...out.values()];
}

export function startFlowTool(options: readonly FlowOption[]): ToolSpec {
  return {
    name: START_FLOW,
    description:
      'Start a guided banking service for the customer when they ask to DO something (not to learn about it). ' +
      'The service verifies the customer before anything happens. Flows: ' +
      options.map((o) => `${o.flow} (${o.description})`).join('; '),
    parameters: {
      type: 'object',
      properties: { flow: { type: 'string', enum: options.map((o) => o.flow) } },
      required: ['flow'],
      additionalProperties: false,
    },
  };
}

const StartFlowArgs = z.object({ flow: z.string() });

/** The flow a `start_flow` call asks for, or null when the call is malformed or names an unknown flow. */
export function parseStartFlow(call: ToolCall, options: readonly FlowOption[]): FlowOption | null {
  if (call.name !== START_FLOW) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(call.arguments || '{}');
  } catch {
    return null;
  }
  const args = StartFlowArgs.safeParse(raw);
  if (!args.success) return null;
  return options.find((o) => o.flow === args.data.flow) ?? null;
}
