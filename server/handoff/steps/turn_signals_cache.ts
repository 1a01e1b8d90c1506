/**
 * The handoff steps of one turn share one reading of the message (sentiment, fraud, explicit ask): it is
 * computed once and kept against the turn's context object, which the pipeline passes to every step.
 */
import type { DialogueContext } from '../../session/session_record.ts';
import type { HandoffExtension } from '../handoff_extension.ts';
import type { HandoffSignalReader, TurnSignals } from '../handoff_signals.ts';

export class TurnSignalsCache {
  private readonly byTurn = new WeakMap<DialogueContext, TurnSignals>();

  constructor(private readonly reader: HandoffSignalReader) {}

  /** Signals of this turn, read against the handoff state the session had before it. */
  get(context: DialogueContext, text: string, prev: HandoffExtension): TurnSignals {
    let s = this.byTurn.get(context);
    if (!s) {
      s = this.reader.read(text, prev);
      this.byTurn.set(context, s);
    }
    return s;
  }
}
