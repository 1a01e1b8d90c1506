import { describe, expect, it } from 'vitest';
import { LruMemo } from '../nlu/lru_memo.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import type { IntentClassifier, IntentPrediction } from '../nlu/understanding.ts';
import type { TurnContext } from './stages.ts';
import { UnderstandStage } from './understand_stage.ts';

function ctx(now: Date): TurnContext {
  return { locale: 'zh-CN', channel: 'app', now } as unknown as TurnContext;
}

class CountingClassifier implements IntentClassifier {
  readonly name = 'counting';
  calls = 0;
  classify(text: string): IntentPrediction {
    this.calls++;
    const top = { intent: text.includes('余额') ? 'check_balance' : 'greeting', confidence: 0.9 };
    return { top, ranking: [top], outOfScope: false };
  }
}

describe('understanding cache', () => {
  it('runs the model once for a repeated message and gives the same answer', async () => {
    const classifier = new CountingClassifier();
    const stage = new UnderstandStage({ classifier, cacheSize: 100 });
    const a = await stage.understand('查余额', ctx(new Date()));
    const b = await stage.understand('查余额', ctx(new Date()));
    const c = await stage.understand('你好', ctx(new Date()));
    expect(classifier.calls).toBe(2);
    expect(b.intent.top?.intent).toBe('check_balance');
    expect(a.intent).toBe(b.intent);
    expect(c.intent.top?.intent).toBe('greeting');
  });

  it('resolves a relative date against the day of the turn, not the day it was first cached', async () => {
    const stage = new UnderstandStage({
      classifier: new CountingClassifier(),
      entities: new RuleEntityExtractor(),
      cacheSize: 100,
    });
    const dates = async (now: Date): Promise<unknown[]> =>
      (await stage.understand('明天转500', ctx(now))).entities
        .filter((e) => e.type === 'date')
        .map((e) => e.value);
    const monday = await dates(new Date(2026, 11, 7, 10));
    const tuesday = await dates(new Date(2026, 11, 8, 10));
    expect(monday).toHaveLength(1);
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0]).not.toEqual(monday[0]);
  });

  it('keeps no cache when its size is 0', async () => {
    const classifier = new CountingClassifier();
    const stage = new UnderstandStage({ classifier, cacheSize: 0 });
    await stage.understand('查余额', ctx(new Date()));
    await stage.understand('查余额', ctx(new Date()));
    expect(classifier.calls).toBe(2);
  });
});

describe('LruMemo', () => {
  it('holds at most its capacity, dropping the least recently used entry', () => {
    const memo = new LruMemo<{ n: number }>(2);
    memo.get('a', () => ({ n: 1 }));
    memo.get('b', () => ({ n: 2 }));
    memo.get('a', () => ({ n: -1 })); // a is now the most recent
    memo.get('c', () => ({ n: 3 })); // evicts b
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => ({ n: -1 })).n).toBe(1);
    expect(memo.get('b', () => ({ n: 20 })).n).toBe(20); // recomputed
  });

  it('hands out frozen values so one caller cannot change what the next one gets', () => {
    const memo = new LruMemo<{ list: number[] }>(4);
    const v = memo.get('k', () => ({ list: [1, 2] }));
    expect(() => v.list.push(3)).toThrow(TypeError);
    expect(memo.get('k', () => ({ list: [] })).list).toEqual([1, 2]);
  });
});

describe('LruMemo under load', () => {
  it('keeps what is used often while a stream of one-off keys passes through', () => {
    const memo = new LruMemo<number>(100);
    let computed = 0;
    for (let i = 0; i < 5000; i++) {
      memo.get('hot', () => ++computed);
      memo.get(`once-${i}`, () => i);
    }
    expect(computed).toBe(1);
    expect(memo.size).toBe(100);
    expect(memo.hits).toBe(4999);
  });
});
