/**
 * For tests of the fraud rules: whether the detector alone reads a message as a scam under way, at the
 * policy's default threshold, and not as a prevention question, an approach turned down or a scam settled.
 */
import { HandoffConfigSchema } from '../../handoff_config.ts';
import { TextNormalizer } from '../../../pipeline/normalize_text.ts';
import { FraudDetector } from '../fraud_detector.ts';

const detector = new FraudDetector();
const threshold = HandoffConfigSchema.parse({}).fraudThreshold;

export function scamUnderWay(text: string): boolean {
  const a = detector.assess(text);
  return a.score >= threshold && !a.preventionQuestion && !a.declined && !a.settled;
}

const normalizer = new TextNormalizer();

/** `scamUnderWay` after the pipeline's text normalisation (NFKC turns "，" into ","), as in the product. */
export function scamUnderWayAsTyped(text: string): boolean {
  return scamUnderWay(normalizer.normalize(text, 'en'));
}
