/**
 * "没听懂" / "I don't understand": the step that apologises and asks which part to explain
 * (`not_understood_step.ts`), before the handoff policy reads the message as anger.
 */
import type { FeatureFactory } from '../feature.ts';
import { NOT_UNDERSTOOD_STEP_ORDER, NotUnderstoodStep } from './not_understood_step.ts';

export const notUnderstoodFeature: FeatureFactory = () => ({
  name: 'not_understood',
  steps: [{ order: NOT_UNDERSTOOD_STEP_ORDER, step: new NotUnderstoodStep() }],
});
