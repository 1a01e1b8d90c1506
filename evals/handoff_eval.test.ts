import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateHandoff, figures, readRows, TARGETS } from './handoff_eval.ts';

describe('the handoff eval', () => {
  it('meets the targets on the team held-out set with the rules alone (no intent model)', async () => {
    const result = await evaluateHandoff('evals/data/handoff_heldout.csv', false);
    for (const f of Object.values(result.perLocale)) {
      expect(f.n.frustrated + f.n.explicit + f.n.neutral + f.n.fraud_risk).toBeGreaterThanOrEqual(240);
      expect(f.recall.frustratedExplicit).toBeGreaterThanOrEqual(TARGETS.escalationRecall);
      expect(f.falseEscalation).toBeLessThanOrEqual(TARGETS.falseEscalation);
      expect(f.recall.fraud_risk).toBe(1);
    }
  });

  it('has at least 60 rows per label per locale in the held-out set', () => {
    const rows = readRows('evals/data/handoff_heldout.csv');
    for (const locale of ['zh-CN', 'en'])
      for (const label of ['frustrated', 'explicit', 'neutral', 'fraud_risk'])
        expect(rows.filter((r) => r.locale === locale && r.label === label).length).toBeGreaterThanOrEqual(
          60,
        );
  });

  it('computes recall per label and the false-escalation rate', () => {
    const f = figures([
      { text: 'a', locale: 'en', label: 'frustrated', reason: 'negative_sentiment', correct: true },
      { text: 'b', locale: 'en', label: 'frustrated', reason: null, correct: false },
      { text: 'c', locale: 'en', label: 'neutral', reason: 'complaint', correct: false },
      { text: 'd', locale: 'en', label: 'neutral', reason: null, correct: true },
      { text: 'e', locale: 'en', label: 'fraud_risk', reason: 'fraud_risk', correct: true },
    ]);
    expect(f.recall.frustrated).toBe(0.5);
    expect(f.falseEscalation).toBe(0.5);
    expect(f.recall.fraud_risk).toBe(1);
    expect(f.reasons.neutral).toEqual({ complaint: 1, none: 1 });
  });

  it('refuses a file with an unknown label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-eval-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'text,locale,label\nhello,en,angry\n');
    expect(() => readRows(file)).toThrow(/label must be one of/);
  });
});
