import { describe, expect, it } from 'vitest';
import { loadIntentCatalog } from '../nlu/intent_catalog.ts';
import type { IntentClassifier, IntentPrediction } from '../nlu/understanding.ts';
import { loadConfig } from '../config.ts';
import { silentLogger } from '../logger.ts';
import { capturedLogger } from '../test/support/captured_logger.ts';
import { testServer } from '../test/support/harness.ts';
import { createHandoffFeature } from '../handoff/handoff_feature.ts';
import type { TurnContext } from './stages.ts';
import { UnderstandStage } from './understand_stage.ts';
import { warmUpSamples, warmUpTurnPath } from './warm_up.ts';

class CountingClassifier implements IntentClassifier {
  readonly name = 'counting';
  readonly seen: Array<{ text: string; locale: string }> = [];
  classify(text: string, locale: 'zh-CN' | 'en'): IntentPrediction {
    this.seen.push({ text, locale });
    const top = { intent: 'greeting', confidence: 0.9 };
    return { top, ranking: [top], outOfScope: false };
  }
}

describe('warming the turn path before the first customer', () => {
  const catalog = loadIntentCatalog(loadConfig({}).intentsDir);

  it('samples one catalogue example per intent in each locale', () => {
    const samples = warmUpSamples(catalog);
    for (const locale of ['zh-CN', 'en'] as const) {
      const mine = samples.filter((s) => s.locale === locale).map((s) => s.text);
      const intents = new Set(catalog.examples(locale).map((e) => e.intent));
      expect(mine).toHaveLength(intents.size);
      expect(new Set(mine).size).toBe(mine.length);
      const known = new Set(catalog.examples(locale).map((e) => e.text));
      for (const text of mine) expect(known.has(text)).toBe(true);
    }
    expect(warmUpSamples(catalog, 5).filter((s) => s.locale === 'en')).toHaveLength(5);
  });

  it('runs understanding on every sample but leaves its caches empty', async () => {
    const classifier = new CountingClassifier();
    const stage = new UnderstandStage({ classifier, cacheSize: 100 });
    const samples = warmUpSamples(catalog, 3);
    await warmUpTurnPath({ understander: stage, features: [], samples, logger: silentLogger() });
    expect(classifier.seen).toEqual(samples.map(({ text, locale }) => ({ text, locale })));
    // A customer saying a sampled text is classified afresh: the warm-up remembered nothing.
    const first = samples[0]!;
    await stage.understand(first.text, { locale: first.locale, now: new Date() } as unknown as TurnContext);
    expect(classifier.seen).toHaveLength(samples.length + 1);
  });

  it('warms every feature that can, and a failing one neither stops the others nor the start', async () => {
    const { logger, lines: raw } = capturedLogger('info');
    const warmed: string[] = [];
    const result = await warmUpTurnPath({
      understander: {},
      features: [
        {
          name: 'broken',
          warmUp: () => {
            throw new Error('boom');
          },
        },
        { name: 'plain' },
        { name: 'handoff', warmUp: (s) => void warmed.push(...s.map((x) => x.text)) },
      ],
      samples: [{ text: 'hello', locale: 'en' }],
      logger,
    });
    expect(warmed).toEqual(['hello']);
    expect(Object.keys(result.parts).sort()).toEqual(['broken', 'handoff', 'understanding']);
    const lines = raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'warm-up failed')).toMatchObject({
      part: 'broken',
      err: { message: 'boom' },
    });
    expect(lines.find((l) => l.msg === 'turn path warmed')).toMatchObject({ samples: 1 });
  });

  it('reports the warm-up on /healthz, and none when WARM_UP is off', async () => {
    const on = await testServer({ warmUp: true }, { features: [createHandoffFeature({ env: {} })] });
    try {
      const health = (await (await fetch(`${on.url}/healthz`)).json()) as {
        warmUp: { samples: number; parts: Record<string, number> };
        sessionsConnected: number;
      };
      expect(health.warmUp.samples).toBe(warmUpSamples(catalog).length);
      expect(Object.keys(health.warmUp.parts)).toEqual(['understanding', 'handoff']);
      expect(health.sessionsConnected).toBe(0);
    } finally {
      await on.close();
    }
    const off = await testServer({ warmUp: false });
    try {
      const health = (await (await fetch(`${off.url}/healthz`)).json()) as Record<string, unknown>;
      expect(health.warmUp).toBe('off');
    } finally {
      await off.close();
    }
  });
});
