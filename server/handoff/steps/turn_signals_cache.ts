/**
 * The handoff steps of one turn share one reading of the message (sentiment, fraud, explicit ask): it is
 * computed once and kept on the turn's context object, which the pipeline passes to every step, as a
 * hidden (symbol-keyed, non-enumerable) property that JSON and copies leave out. It lives as long as that
 * object, as it did in a WeakMap, whose upkeep cost more than the reading of a cached message.
 */
import type { DialogueContext } from '../../session/session_record.ts';
import type { HandoffExtension } from '../handoff_extension.ts';
import type { HandoffSignalReader, TurnSignals } from '../handoff_signals.ts';

export class TurnSignalsCache {
  private readonly key = Symbol('turn signals');

  constructor(private readonly reader: HandoffSignalReader) {}

  /** Signals of this turn, read against the handoff state the session had before it. */
  get(context: DialogueContext, text: string, prev: HandoffExtension): TurnSignals {
    const known = (context as unknown as Record<symbol, TurnSignals | undefined>)[this.key];
    if (known) return known;
    const s = this.reader.read(text, prev);
    if (Object.isExtensible(context))
      Object.defineProperty(context, this.key, { value: s, configurable: true });
    return s;
  }
}
