import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  crossValidateHandoff,
  evaluateHandoff,
  falseEscalationTriggers,
  figures,
  jsonReport,
  readRows,
  TARGETS,
} from './handoff_eval.ts';

/** The team's first labelled set: tuned on, so training data now (server/handoff/README.md). */
const TEAM_SET = 'server/handoff/model/data/team_set1.csv';

describe('the handoff eval', () => {
  it('meets the targets on the team set the rules were tuned on, with the rules alone', async () => {
    const result = await evaluateHandoff(TEAM_SET, false, false);
    for (const f of Object.values(result.perLocale)) {
      expect(f.n.frustrated + f.n.explicit + f.n.neutral + f.n.fraud_risk).toBeGreaterThanOrEqual(240);
      expect(f.recall.frustratedExplicit).toBeGreaterThanOrEqual(TARGETS.escalationRecall);
      expect(f.falseEscalation).toBeLessThanOrEqual(TARGETS.falseEscalation);
      expect(f.recall.fraud_risk).toBe(1);
    }
  });

  it("prints a blind set's rows in its JSON report only when --errors asks for them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-json-'));
    const file = join(dir, 'blind.csv');
    writeFileSync(file, 'text,locale,label\n我要投诉你们，太过分了,zh-CN,neutral\n查余额,zh-CN,neutral\n');
    const result = await evaluateHandoff(file, false, false);
    expect(result.errors.map((e) => e.text)).toEqual(['我要投诉你们，太过分了']);
    const quiet = jsonReport(result, false);
    expect(quiet).not.toContain('我要投诉你们');
    expect(JSON.parse(quiet).perLocale['zh-CN'].falseEscalation).toBe(0.5);
    expect(JSON.parse(jsonReport(result, true)).errors[0].text).toBe('我要投诉你们，太过分了');
  });

  it('counts what triggered the wrong escalations, without their scores or rows', () => {
    const f = figures([
      {
        text: 'a',
        locale: 'en',
        label: 'neutral',
        reason: 'fraud_risk',
        because: ['model:fraud:0.93'],
        correct: false,
      },
      {
        text: 'b',
        locale: 'en',
        label: 'neutral',
        reason: 'fraud_risk',
        because: ['scheme:safe_account', 'model:fraud:0.71'],
        correct: false,
      },
      {
        text: 'c',
        locale: 'en',
        label: 'neutral',
        reason: 'negative_sentiment',
        because: ['trend:-0.62', 'sarcasm'],
        correct: false,
      },
      {
        text: 'd',
        locale: 'en',
        label: 'fraud_risk',
        reason: 'fraud_risk',
        because: ['model:fraud:0.99'],
        correct: true,
      },
    ]);
    expect(f.misreadTriggers.neutral).toEqual({
      'model:fraud': 2,
      'scheme:safe_account': 1,
      trend: 1,
      sarcasm: 1,
    });
    expect(f.misreadTriggers.fraud_risk).toEqual({});
    expect(falseEscalationTriggers(f)).toBe('model 2 · sarcasm 1 · scheme 1 · trend 1');
  });

  it('prints nothing on what set off false escalations when there were none', () => {
    const f = figures([
      { text: 'a', locale: 'en', label: 'neutral', reason: null, because: [], correct: true },
      { text: 'b', locale: 'en', label: 'frustrated', reason: null, because: [], correct: false },
    ]);
    expect(falseEscalationTriggers(f)).toBe('');
  });

  it('has at least 60 rows per label per locale in the team set', () => {
    const rows = readRows(TEAM_SET);
    for (const locale of ['zh-CN', 'en'])
      for (const label of ['frustrated', 'explicit', 'neutral', 'fraud_risk'])
        expect(rows.filter((r) => r.locale === locale && r.label === label).length).toBeGreaterThanOrEqual(
          60,
        );
  });

  it('reads an intent file as everyday messages: a person asked for is explicit, complaints and fraud reports left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-intents-'));
    const file = join(dir, 'intents.csv');
    writeFileSync(
      file,
      'text,locale,intent\n查余额,zh-CN,check_balance\ntransfer 50 to Sam,en,transfer_money\n转人工,zh-CN,human_agent\n' +
        'this is outrageous,en,complaint\nsomeone stole my money,en,fraud_report\n',
    );
    expect(readRows(file)).toEqual([
      { text: '查余额', locale: 'zh-CN', label: 'neutral' },
      { text: 'transfer 50 to Sam', locale: 'en', label: 'neutral' },
      { text: '转人工', locale: 'zh-CN', label: 'explicit' },
    ]);
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

  it('cross-validates: trains the handoff model on K-1 folds and decides the held-out fold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-cv-'));
    const rows = readRows(TEAM_SET);
    const pick = (locale: string, label: string) =>
      rows.filter((r) => r.locale === locale && r.label === label).slice(0, 12);
    const sample = ['zh-CN', 'en'].flatMap((l) =>
      ['frustrated', 'explicit', 'neutral', 'fraud_risk'].flatMap((y) => pick(l, y)),
    );
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    writeFileSync(
      join(dir, 'small.csv'),
      ['text,locale,label', ...sample.map((r) => `${quote(r.text)},${r.locale},${r.label}`)].join('\n'),
    );
    const result = await crossValidateHandoff(2, dir, false);
    expect(result.folds).toBe(2);
    expect(result.thresholds).toHaveLength(2);
    expect(result.overall.n).toEqual({ frustrated: 24, explicit: 24, neutral: 24, fraud_risk: 24 });
    expect(Object.keys(result.perLocale).sort()).toEqual(['en', 'zh-CN']);
  }, 60_000);

  it('refuses a file with an unknown label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-eval-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'text,locale,label\nhello,en,angry\n');
    expect(() => readRows(file)).toThrow(/label must be one of/);
  });
});
