/**
 * The features every server node runs, in order. Each entry is one import and one line.
 */
import type { FeatureFactory } from './feature.ts';

export const DEFAULT_FEATURES: FeatureFactory[] = [];
