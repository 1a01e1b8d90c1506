/**
 * The turn step (order 50) for verified transactions: starts flows from the policy's decisions, continues
 * the running flow, handles the verification prompts in the chat, and returns replies with cards. Passes
 * (returns null) when no flow is involved or the customer asks for a person. A message that calls the running
 * flow off and goes on to something else ("算了不查了，帮我看看附近网点几点关门") ends the flow here, and the rest
 * is a turn of its own (call_off.ts).
 */
import type { CallOff, TurnContext, TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import type { FlowEngine, StepOutcome } from './flow_engine.ts';

export const TRANSACTIONS_STEP_ORDER = 50;

export class TransactionsStep implements TurnStep {
  readonly name = 'flow';

  constructor(private readonly engine: FlowEngine) {}

  run(input: TurnStepInput): Promise<StepOutcome | null> {
    return this.engine.turn(input);
  }

  callOff(text: string, ctx: TurnContext): CallOff | null {
    return this.engine.callOff(text, ctx);
  }
}
