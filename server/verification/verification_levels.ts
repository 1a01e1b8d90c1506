/**
 * Verification levels a flow may require, as the factors each needs. Balance and history need the SMS code;
 * moving money needs the code and the transaction PIN (and the flow adds an explicit confirmation).
 */
import type { VerificationFactor } from './verifier.ts';

export const VERIFICATION_LEVELS = ['none', 'otp', 'otp+pin'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export const LEVEL_FACTORS: Record<VerificationLevel, VerificationFactor[]> = {
  none: [],
  otp: ['otp'],
  'otp+pin': ['otp', 'pin'],
};

/** The first factor still missing for `level`, or null when the passed factors satisfy it. */
export function missingFactor(
  level: VerificationLevel,
  passed: readonly string[],
): VerificationFactor | null {
  return LEVEL_FACTORS[level].find((f) => !passed.includes(f)) ?? null;
}
