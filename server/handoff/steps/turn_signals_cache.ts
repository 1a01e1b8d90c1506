/**
 * The handoff steps of one turn share one reading of the message (sentiment, fraud, explicit ask): it is
 * computed once and kept on the turn's context object, which the pipeline passes to every step, as a hidden
 * property (`hidden_property.ts`) that JSON and copies leave out.
 */
import { keepOn, keptOn } from '../../session/hidden_property.ts';
import type { DialogueContext } from '../../session/session_record.ts';
import type { HandoffExtension } from '../handoff_extension.ts';
import type { HandoffSignalReader, TurnSignals } from '../handoff_signals.ts';

export class TurnSignalsCache {
  private readonly key = Symbol('turn signals');

  constructor(private readonly reader: HandoffSignalReader) {}

  /** Signals of this turn, read against the handoff state the session had before it. */
  get(context: DialogueContext, text: string, prev: HandoffExtension): TurnSignals {
    const known = keptOn<TurnSignals>(context, this.key);
    if (known) return known;
    const s = this.reader.read(text, prev);
    keepOn(context, this.key, s);
    return s;
  }
}
