/**
 * Test support: fixed readings of the handoff model, for tests that show what a rule does whatever the trained
 * model happens to read (pass them to `firstMessageVerdict(thresholds, scores)`).
 */
import type { HandoffModelScores } from '../model/handoff_model.ts';

/** The model sure the message is ordinary (above its calm veto), as it read many messages a rule must overrule. */
export const CALM: HandoffModelScores = {
  frustrated: 0.03,
  explicit: 0.01,
  neutral: 0.95,
  fraud_risk: 0.01,
  escalate: false,
  fraud: false,
};

/**
 * The model reading nothing amiss in a scam told as ordinary banking (P(fraud) 0.13: below its fraud threshold,
 * calm enough to overrule the weaker rules), as the trained one read such messages.
 */
export const NOTHING_AMISS: HandoffModelScores = {
  frustrated: 0.01,
  explicit: 0.01,
  neutral: 0.85,
  fraud_risk: 0.13,
  escalate: false,
  fraud: false,
};

/** The model unsure either way: below its escalation threshold, and not calm enough to overrule the rules. */
export const UNSURE_OF_FRUSTRATION: HandoffModelScores = {
  frustrated: 0.5,
  explicit: 0.02,
  neutral: 0.46,
  fraud_risk: 0.02,
  escalate: false,
  fraud: false,
};

/** The model reading a scam with probability `fraudRisk` (above its fraud threshold), the rest mostly calm. */
export function fraudAlarm(fraudRisk: number): HandoffModelScores {
  return {
    frustrated: 0.01,
    explicit: 0.01,
    neutral: Math.max(0, 1 - fraudRisk - 0.02),
    fraud_risk: fraudRisk,
    escalate: false,
    fraud: true,
  };
}

/** The model reading frustration with probability `frustrated` (above its escalation threshold), the rest mostly calm. */
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
