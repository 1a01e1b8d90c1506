/**
 * Checks run before money moves. Any hit holds the payment (nothing is sent), warns the customer and offers
 * a human agent:
 *  - a new payee and a large amount;
 *  - velocity: many transfers in a short window;
 *  - unusual hours (late night in the bank's time zone) with a sizeable amount;
 *  - fraud signals: the handoff feature's detector (`context.extensions.risk.hold`) or scam phrases heard
 *    during this flow.
 */
import type { CoreBanking, Localized } from '../banking/core_banking.ts';
import { BANK_TIME_ZONE, hourIn } from '../banking/bank_clock.ts';
import { yuan } from '../banking/money.ts';

export type RiskReason =
  'new_payee_large_amount' | 'velocity' | 'unusual_hours' | 'scam_phrase' | 'fraud_signal';

export interface RiskPolicy {
  newPayeeLargeAmount: number;
  velocityCount: number;
  velocityWindowMs: number;
  /** [from, to) hours, local time. */
  unusualHours: [number, number];
  unusualHoursAmount: number;
  timeZone: string;
}

export const DEFAULT_RISK: RiskPolicy = {
  newPayeeLargeAmount: yuan(5_000),
  velocityCount: 5,
  velocityWindowMs: 10 * 60_000,
  unusualHours: [0, 6],
  unusualHoursAmount: yuan(2_000),
  timeZone: BANK_TIME_ZONE,
};

export interface RiskInput {
  customerId: string;
  amount: number;
  newPayee: boolean;
  now: Date;
  scamSignals: readonly string[];
  externalHold: boolean;
}

export const RISK_REASON_TEXT: Record<RiskReason, Localized> = {
  new_payee_large_amount: {
    'zh-CN': '向新收款人转出较大金额。',
    en: 'A large amount to a new payee.',
  },
  velocity: { 'zh-CN': '短时间内转账次数较多。', en: 'Many transfers in a short time.' },
  unusual_hours: { 'zh-CN': '在深夜时段转出较大金额。', en: 'A large amount late at night.' },
  scam_phrase: {
    'zh-CN': '对话中出现了常见诈骗话术。',
    en: 'The conversation mentions things scammers often say.',
  },
  fraud_signal: { 'zh-CN': '系统检测到可疑迹象。', en: 'Our systems noticed warning signs.' },
};

export async function assessRisk(
  input: RiskInput,
  core: CoreBanking,
  policy: RiskPolicy = DEFAULT_RISK,
): Promise<RiskReason[]> {
  const reasons: RiskReason[] = [];
  if (input.externalHold) reasons.push('fraud_signal');
  if (input.scamSignals.length > 0) reasons.push('scam_phrase');
  if (input.newPayee && input.amount >= policy.newPayeeLargeAmount) reasons.push('new_payee_large_amount');
  const hour = hourIn(input.now, policy.timeZone);
  const [from, to] = policy.unusualHours;
  if (hour >= from && hour < to && input.amount >= policy.unusualHoursAmount) reasons.push('unusual_hours');
  const recent = await core.countRecentTransfers(input.customerId, policy.velocityWindowMs, input.now);
  if (recent >= policy.velocityCount) reasons.push('velocity');
  return reasons;
}
