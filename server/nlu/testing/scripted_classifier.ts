import type { Locale } from '../../protocol/protocol.ts';
import type { IntentClassifier, IntentPrediction, IntentScore } from '../understanding.ts';

/** A fake classifier for tests: returns the ranking scripted for an exact text, out of scope otherwise. */
export class ScriptedClassifier implements IntentClassifier {
  readonly name = 'scripted';
  constructor(private readonly script: Record<string, IntentScore[]>) {}

  classify(text: string, _locale: Locale): IntentPrediction {
    const ranking = [...(this.script[text] ?? [])].sort((a, b) => b.confidence - a.confidence);
    const top = ranking[0] ?? null;
    return { top, ranking, outOfScope: top === null };
  }
}
