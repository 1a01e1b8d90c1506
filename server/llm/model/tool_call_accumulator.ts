/**
 * Reassembles streamed tool calls: the first delta of a call carries its index, id and name, later deltas
 * with the same index append fragments of the JSON arguments.
 */
import type { ToolCall } from './language_model.ts';

export interface ToolCallDelta {
  index: number;
  id?: string | undefined;
  function?: { name?: string | undefined; arguments?: string | undefined } | undefined;
}

export class ToolCallAccumulator {
  private readonly calls = new Map<number, ToolCall>();

  add(deltas: readonly ToolCallDelta[] | undefined | null): void {
    for (const d of deltas ?? []) {
      const call = this.calls.get(d.index) ?? { id: '', name: '', arguments: '' };
      if (d.id) call.id = d.id;
      if (d.function?.name) call.name += d.function.name;
      if (d.function?.arguments) call.arguments += d.function.arguments;
      this.calls.set(d.index, call);
    }
  }

  /** Complete calls in index order (calls without a name are dropped). */
  result(): ToolCall[] {
    return [...this.calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => ({ ...call, id: call.id || `call_${index}` }))
      .filter((call) => call.name !== '');
  }
}
