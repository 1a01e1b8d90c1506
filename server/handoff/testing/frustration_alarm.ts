/**
 * Test support: a fixed reading of the handoff model sure of frustration (P(frustrated) `frustrated`, above its
 * escalation threshold), for tests that show a rule standing the model's frustration down whatever the trained model
 * happens to read (pass it to `firstMessageVerdict(thresholds, scores)`, as `fraudAlarm` for a scam).
 */
import type { HandoffModelScores } from '../model/handoff_model.ts';

/** The model reading frustration with probability `frustrated`, the rest mostly calm. */
export function frustrationAlarm(frustrated: number): HandoffModelScores {
  return {
    frustrated,
    explicit: 0.01,
    neutral: Math.max(0, 1 - frustrated - 0.02),
    fraud_risk: 0.01,
    escalate: true,
    fraud: false,
  };
}
