import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../logger.ts';
import type { Decision } from '../../dialogue/decision.ts';
import type { Understanding } from '../../nlu/understanding.ts';
import { FraudDetector } from '../fraud/fraud_detector.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { readHandoffCorpus, type HandoffExample } from './handoff_corpus.ts';
import { HandoffModel, messageLocale } from './handoff_model.ts';
import { handoffModelFor, loadOrTrainHandoffModel } from './handoff_model_cache.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'handoff-model-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const config = loadHandoffConfig({});
// The model as the server loads it (trained once, then from the cache keyed by the corpus hash).
const cacheDir = tempDir();
const model = handoffModelFor(config, cacheDir)!;
const reader = new HandoffSignalReader(config.trendAlpha, model);
const policy = new HandoffPolicy(config);
const fallback: Decision = { type: 'fallback', reason: 'out_of_scope' };

function understanding(text: string, intent?: string): Understanding {
  const top = intent ? { intent, confidence: 0.9 } : null;
  return {
    text,
    locale: 'zh-CN',
    intent: { top, ranking: top ? [top] : [], outOfScope: !top },
    entities: [],
    faq: [],
    sentiment: 0,
  };
}

function decide(text: string, intent?: string): PolicyVerdict | null {
  const prev = HandoffExtension.parse({});
  const signals = reader.read(text, prev);
  const u = understanding(text, intent);
  return (
    policy.fraud({ signals, understanding: u, decision: fallback }) ??
    policy.decide({
      signals,
      understanding: u,
      decision: fallback,
      context: { fallbackCount: 0, extensions: {} },
      prev: { ...prev, ...signals.next },
      turn: 0,
    })
  );
}

describe('the trained handoff model', () => {
  it('chose its thresholds on held-out folds within the false-escalation budget', () => {
    expect(model.thresholds.escalate).toBeGreaterThan(0.2);
    expect(model.thresholds.fraud).toBeGreaterThan(0.2);
    for (const f of Object.values(model.report?.heldOut ?? {}))
      expect(f.falseEscalation).toBeLessThanOrEqual(config.modelFalseEscalation);
    expect(Object.keys(model.report?.heldOut ?? {}).sort()).toEqual(['en', 'zh-CN']);
  });

  it('chose a threshold pair per locale and scores a message with the pair of its script', () => {
    const locales = model.thresholds.locales ?? {};
    expect(Object.keys(locales).sort()).toEqual(['en', 'zh-CN']);
    expect(model.thresholdsFor('我要转人工')).toEqual(locales['zh-CN']);
    expect(model.thresholdsFor('I want a person')).toEqual(locales.en);
    expect(messageLocale('我的 card 被吞了')).toBe('zh-CN');
    expect(messageLocale('my card was eaten')).toBe('en');
  });

  it('flags a scam story told with none of the fraud rules’ cue words', () => {
    const detector = new FraudDetector();
    for (const story of [
      '有个自称客服的人说我的余额不安全，让我挪到他给的新户头里先放着',
      '电话里的人说我名下的钱有问题，让我全部打到他们指定的卡上核查',
      'A caller said my money is not safe where it is and I should put it in the account he gave me',
      'The caller told me to read him the numbers that just arrived on my phone',
    ]) {
      expect(detector.assess(story).score).toBeLessThan(config.fraudThreshold);
      const verdict = decide(story);
      expect(verdict?.reason, story).toBe('fraud_risk');
      expect(
        verdict?.because.some((b) => b.startsWith('model:fraud')),
        story,
      ).toBe(true);
    }
  });

  it('does not escalate a calm description of a problem, or a question about scams', () => {
    for (const text of [
      '我昨天在超市刷卡没成功，麻烦帮我看一下是什么原因',
      'My card was declined at the supermarket yesterday, could you check why',
      '转账显示处理中，请问大概多久能到',
      'How do I set up a standing order for my rent',
    ])
      expect(decide(text), text).toBeNull();
  });

  // Plain payment instructions are the most common thing customers type; a corpus of mostly hard cases once
  // taught the model that paying a person or a bill is what scam stories do ("send 200 to mum" read 0.93).
  it('does not flag plain payment instructions as fraud', () => {
    for (const text of [
      '转500给李娜',
      '帮我交一下这个月电费',
      '交宽带费 交一年',
      '给我妈转两千生活费',
      'send 200 to mum',
      'transfer £450 to Dave for the van',
      'top up my phone £20',
      'Can u pay Origin Energy $212.40 from my everyday account',
    ]) {
      expect(model.score(text).fraud, text).toBe(false);
      expect(decide(text), text).toBeNull();
    }
  });

  // Short everyday messages were rare in the written corpus, and the model read one in ten of them as upset or
  // a scam (these are from evals/data/intents_heldout.csv, written apart from the intent catalog); a third of
  // the catalog's examples now teach it what such messages look like.
  it('does not escalate short everyday messages', () => {
    for (const text of [
      '就这些 拜',
      '辛苦你了',
      '还是算啦 不弄了',
      '现在前面排了多少人',
      '给我的号码充一百块',
      'yeah sure',
      'make me laugh',
      'write a SQL query for me',
      'I need to transfer funds to someone',
    ])
      expect(decide(text), text).toBeNull();
  });

  it('asks for a person on wording the phrase rules do not know', () => {
    const verdict = decide('不要自动回复了，麻烦让你们的同事来跟进一下');
    expect(verdict?.reason).toBe('asked_for_human');
  });

  it('overrules the classifier’s complaint intent when the message is plainly calm', () => {
    expect(decide('我对你们没有任何意见，就问一下积分怎么兑换', 'complaint')).toBeNull();
  });

  it('scores a message once and returns every signal together', () => {
    const s = reader.score('有人让我把验证码发给他');
    expect(s.model).not.toBeNull();
    const p = s.model!;
    expect(p.frustrated + p.explicit + p.neutral + p.fraud_risk).toBeCloseTo(1, 6);
    expect(s.fraud.score).toBeGreaterThan(0);
  });
});

describe('the handoff model cache', () => {
  // An eighth of the corpus: enough for every label in both locales, and quick to train on a loaded 2-core CI
  // machine (a quarter of the 19,000-row corpus took over 30 s there).
  const small: HandoffExample[] = readHandoffCorpus().filter((_, i) => i % 8 === 0);

  it('trains once, then loads the same model from the cache', () => {
    const dir = tempDir();
    const first = loadOrTrainHandoffModel({ cacheDir: dir, examples: small });
    expect(first.source).toBe('trained');
    const second = loadOrTrainHandoffModel({ cacheDir: dir, examples: small });
    expect(second.source).toBe('cache');
    expect(second.file).toBe(first.file);
    expect(second.model.thresholds).toEqual(first.model.thresholds);
    const text = '你们到底还要我等多久';
    expect(second.model.score(text).frustrated).toBeCloseTo(first.model.score(text).frustrated, 5);
  });

  it('says it is training before it starts, and not when it loads from the cache', () => {
    const dir = tempDir();
    const lines: string[] = [];
    const log = { info: (_: unknown, msg: string) => lines.push(msg), warn: () => {} } as unknown as Logger;
    loadOrTrainHandoffModel({ cacheDir: dir, examples: small, log });
    expect(lines[0]).toMatch(/^training the handoff model/);
    expect(lines).toContain('handoff model trained');
    lines.length = 0;
    loadOrTrainHandoffModel({ cacheDir: dir, examples: small, log });
    expect(lines).toEqual(['handoff model loaded from cache']);
    // One training: past the default 30 s on a loaded 2-core machine, like the tests below.
  }, 120_000);

  it('retrains when the corpus changes, keeping one cache file', () => {
    const dir = tempDir();
    loadOrTrainHandoffModel({ cacheDir: dir, examples: small });
    const more = [
      ...small,
      { text: '别让机器人回复了，我要找人', locale: 'zh-CN' as const, label: 'explicit' as const },
    ];
    const again = loadOrTrainHandoffModel({ cacheDir: dir, examples: more });
    expect(again.source).toBe('trained');
    expect(readdirSync(dir).filter((f) => f.startsWith('handoff-model-'))).toHaveLength(1);
    // Two trainings: past the default 30 s on a loaded 2-core machine.
  }, 120_000);

  it('retrains over a corrupt cache file', () => {
    const dir = tempDir();
    const first = loadOrTrainHandoffModel({ cacheDir: dir, examples: small });
    writeFileSync(first.file, '{"version": 1, "linear": ');
    expect(loadOrTrainHandoffModel({ cacheDir: dir, examples: small }).source).toBe('trained');
  }, 120_000);

  it('round-trips through JSON', () => {
    const m = HandoffModel.train(small);
    const back = HandoffModel.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(back.score('转人工')).toEqual(m.score('转人工'));
  }, 120_000);

  it('can be switched off, or given thresholds in the config', () => {
    expect(handoffModelFor(loadHandoffConfig({ HANDOFF_MODEL: 'false' }), cacheDir)).toBeNull();
    const overridden = handoffModelFor(
      loadHandoffConfig({ HANDOFF_MODEL_ESCALATE_THRESHOLD: '0.5', HANDOFF_MODEL_FRAUD_THRESHOLD: '0.6' }),
      cacheDir,
    )!;
    expect(overridden.thresholds).toMatchObject({ escalate: 0.5, fraud: 0.6 });
    // An override applies to every locale's own pair too.
    expect(overridden.thresholdsFor('转人工')).toEqual({ escalate: 0.5, fraud: 0.6 });
    expect(overridden.thresholdsFor('a person please')).toEqual({ escalate: 0.5, fraud: 0.6 });
  });
});
