import { describe, expect, it } from 'vitest';
import { chooseHandoffThresholds, DEFAULT_HANDOFF_MODEL_CONFIG } from './handoff_model.ts';
import type { HandoffLabel } from './handoff_corpus.ts';

type Row = { esc: number; fraud: number; label: HandoffLabel; locale: 'zh-CN' | 'en' };

/**
 * Held-out rows: 200 neutrals per locale spread over [0, 1) on both scores, scams spread over [0.5, 1), and
 * upset messages bunched just under 0.97 (where escalating pays most for its false alarms).
 */
function heldOut(escOfNeutral: (i: number) => number = (i) => ((i * 37) % 200) / 200): Row[] {
  const rows: Row[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (let i = 0; i < 200; i++)
      rows.push({ esc: escOfNeutral(i), fraud: ((i * 53) % 200) / 200, label: 'neutral', locale });
    for (let i = 0; i < 100; i++) {
      rows.push({ esc: 0.96 + i / 10_000, fraud: 0.01, label: 'frustrated', locale });
      rows.push({ esc: 0.01, fraud: 0.5 + i / 200, label: 'fraud_risk', locale });
    }
  }
  return rows;
}

function falseAlarms(rows: readonly Row[], score: (r: Row) => number, t: number, locale: string): number {
  const n = rows.filter((r) => r.label === 'neutral' && r.locale === locale);
  return n.filter((r) => score(r) >= t).length / n.length;
}

describe('the handoff model thresholds', () => {
  const config = { ...DEFAULT_HANDOFF_MODEL_CONFIG, falseEscalationBudget: 0.05, fraudShare: 0.4 };

  it('keep each alarm within its part of the false-escalation budget in every locale', () => {
    const rows = heldOut();
    const t = chooseHandoffThresholds(rows, config);
    for (const locale of ['zh-CN', 'en']) {
      expect(falseAlarms(rows, (r) => r.esc, t.escalate, locale)).toBeLessThanOrEqual(0.03);
      expect(falseAlarms(rows, (r) => r.fraud, t.fraud, locale)).toBeLessThanOrEqual(0.02);
    }
    // The lowest thresholds that do: one grid step lower breaks the part.
    expect(falseAlarms(rows, (r) => r.esc, t.escalate * 0.97, 'en')).toBeGreaterThan(0.03);
    expect(falseAlarms(rows, (r) => r.fraud, t.fraud * 0.97, 'en')).toBeGreaterThan(0.02);
  });

  // Chosen jointly, the fraud alarm took whatever budget the escalation left it, so the two thresholds moved
  // together, and any change to the training rows slid the pair along a ridge of nearly equal pairs.
  it('choose the fraud threshold without regard to the neutral messages’ escalation scores', () => {
    const spread = chooseHandoffThresholds(heldOut(), config);
    const low = chooseHandoffThresholds(
      heldOut(() => 0.1),
      config,
    );
    expect(low.fraud).toBe(spread.fraud);
    expect(low.escalate).toBeLessThan(spread.escalate);
  });
});
