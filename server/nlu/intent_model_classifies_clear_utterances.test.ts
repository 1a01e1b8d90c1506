import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { IntentModel } from './intent_model.ts';
import { smallBankExamples } from './testdata/small_bank_intents.ts';

describe('IntentModel on clear utterances', () => {
  const model = new IntentModel();
  beforeAll(() => {
    model.train(smallBankExamples('zh-CN'), 'zh-CN');
    model.train(smallBankExamples('en'), 'en');
  });

  // None of these sentences is in the training data.
  const cases: Array<[Locale, string, string]> = [
    ['zh-CN', '我的卡丢了', 'report_lost_card'],
    ['zh-CN', '帮我看看卡里余额', 'check_balance'],
    ['zh-CN', '我想转账给我爸', 'transfer_money'],
    ['zh-CN', '网点周六开吗', 'branch_hours'],
    ['zh-CN', '美元兑人民币汇率', 'exchange_rate'],
    ['zh-CN', '我的visa卡丢了', 'report_lost_card'],
    ['zh-CN', '我要转账５００元', 'transfer_money'],
    ['en', 'my card is gone, someone stole it', 'report_lost_card'],
    ['en', 'how much money is in my account', 'check_balance'],
    ['en', 'send 200 dollars to my brother', 'transfer_money'],
    ['en', 'I need to speak to a human', 'human_agent'],
    ['en', 'ＣＨＥＣＫ　ＭＹ　ＢＡＬＡＮＣＥ', 'check_balance'],
    ['en', 'Good morning!', 'greeting'],
  ];
  it.each(cases)('%s: "%s" -> %s', (locale, text, intent) => {
    const p = model.classify(text, locale);
    expect(p.outOfScope).toBe(false);
    expect(p.top?.intent).toBe(intent);
    expect(p.ranking[0]).toEqual(p.top);
  });

  it('returns a ranking of calibrated probabilities, best first, without out_of_scope', () => {
    const p = model.classify('how much money do I have left', 'en');
    expect(p.ranking.map((r) => r.intent)).not.toContain('out_of_scope');
    expect(p.ranking).toHaveLength(7);
    const confidences = p.ranking.map((r) => r.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    for (const c of confidences) expect(c).toBeGreaterThanOrEqual(0);
    const total = confidences.reduce((s, c) => s + c, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
    expect(total).toBeGreaterThan(0.5);
  });

  it('uses the trained locale for a locale without its own model', () => {
    const enOnly = new IntentModel();
    enOnly.train(smallBankExamples('en'), 'en');
    expect(enOnly.classify('I lost my card', 'zh-CN').top?.intent).toBe('report_lost_card');
  });

  it('round-trips through JSON with identical predictions', () => {
    const copy = IntentModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    for (const [locale, text] of cases) {
      expect(copy.classify(text, locale)).toEqual(model.classify(text, locale));
    }
  });
});
