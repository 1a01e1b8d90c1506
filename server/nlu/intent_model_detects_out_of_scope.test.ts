import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { IntentModel } from './intent_model.ts';
import { smallBankExamples } from './testdata/small_bank_intents.ts';

describe('IntentModel out-of-scope detection', () => {
  const model = new IntentModel();
  beforeAll(() => {
    model.train(smallBankExamples('zh-CN'), 'zh-CN');
    model.train(smallBankExamples('en'), 'en');
  });

  const nonsense: Array<[Locale, string]> = [
    ['zh-CN', 'asdfgh qwerty'],
    ['zh-CN', '今天天气怎么样'],
    ['zh-CN', '给我讲个笑话'],
    ['zh-CN', '今天股市怎么样'],
    ['en', 'asdfgh qwerty'],
    ['en', "what's the weather like today"],
    ['en', 'tell me a funny joke'],
    ['en', 'who sings the best pop songs'],
    ['en', ''],
  ];
  it.each(nonsense)('%s: "%s" is out of scope with no top intent', (locale, text) => {
    const p = model.classify(text, locale);
    expect(p.outOfScope).toBe(true);
    expect(p.top).toBeNull();
  });

  it('gives nonsense a low calibrated confidence for every in-scope intent', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const p = model.classify('asdfgh qwerty', locale);
      expect(p.ranking.length).toBe(7);
      expect(p.ranking[0]!.confidence).toBeLessThan(model.threshold(locale)!);
      expect(p.ranking[0]!.confidence).toBeLessThan(0.4);
    }
  });

  it('keeps clear in-scope requests in scope with high confidence', () => {
    const clear: Array<[Locale, string, string]> = [
      ['zh-CN', '帮我查下余额', 'check_balance'],
      ['zh-CN', '转人工', 'human_agent'],
      ['en', 'I lost my card', 'report_lost_card'],
      ['en', 'what time does the branch close', 'branch_hours'],
    ];
    for (const [locale, text, intent] of clear) {
      const p = model.classify(text, locale);
      expect(p.outOfScope, text).toBe(false);
      expect(p.top?.intent).toBe(intent);
      expect(p.top!.confidence).toBeGreaterThan(0.7);
    }
  });

  it('rejects utterances the out_of_scope class wins even with the threshold at zero', () => {
    const strictless = new IntentModel();
    strictless.train(smallBankExamples('zh-CN'), 'zh-CN');
    strictless.train(smallBankExamples('en'), 'en');
    strictless.setThreshold('zh-CN', 0);
    strictless.setThreshold('en', 0);
    expect(strictless.classify('给我讲个笑话', 'zh-CN')).toMatchObject({ outOfScope: true, top: null });
    expect(strictless.classify('tell me a funny joke', 'en')).toMatchObject({ outOfScope: true, top: null });
    expect(strictless.classify('I lost my card', 'en').top?.intent).toBe('report_lost_card');
  });

  it('chooses the threshold from held-out data within the documented range', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = model.threshold(locale)!;
      expect(t).toBeGreaterThanOrEqual(0.1);
      expect(t).toBeLessThanOrEqual(0.6);
    }
  });
});
