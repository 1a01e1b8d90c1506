/**
 * Test support for rules that set the handoff model's frustration aside: a signal reader whose model hears
 * frustration in every message (as the trained one did in the messages such a rule is for), so a test shows
 * whether the rule, and only the rule, keeps a message from escalating.
 */
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import type { HandoffModel, HandoffModelScores } from '../model/handoff_model.ts';

/** Whether the model's escalation stands for `text`, with a model `frustrated` sure of frustration. */
export function escalatesWithAnUpsetModel(frustrated: number): (text: string) => boolean {
  const rest = (1 - frustrated) / 3;
  const upset: HandoffModelScores = {
    frustrated,
    explicit: rest,
    neutral: rest,
    fraud_risk: rest,
    escalate: true,
    fraud: false,
  };
  const reader = new HandoffSignalReader(loadHandoffConfig({}).trendAlpha, {
    score: () => upset,
  } as unknown as HandoffModel);
  return (text) => reader.read(text, HandoffExtension.parse({})).model?.escalate ?? false;
}
