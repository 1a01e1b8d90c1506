import { describe, expect, it } from 'vitest';
import { loadIntentCatalog } from '../../nlu/intent_catalog.ts';
import { DEFAULT_INTENTS_DIR, everydayExamples } from './everyday_examples.ts';

describe('everyday messages from the intent catalog for the handoff model', () => {
  const catalog = loadIntentCatalog(DEFAULT_INTENTS_DIR);
  const all = everydayExamples(DEFAULT_INTENTS_DIR, 1);
  const intentOf = new Map<string, string>();
  for (const locale of ['zh-CN', 'en'] as const)
    for (const e of catalog.examples(locale)) intentOf.set(`${locale}\u0000${e.text}`, e.intent);

  it('labels a request for a person explicit, leaves complaints and fraud reports out, and the rest neutral', () => {
    for (const row of all) {
      const intent = intentOf.get(`${row.locale}\u0000${row.text}`);
      expect(intent, row.text).toBeDefined();
      expect(['complaint', 'fraud_report']).not.toContain(intent);
      expect(row.label, row.text).toBe(intent === 'human_agent' ? 'explicit' : 'neutral');
      expect(row.everyday).toBe(true);
    }
    expect(all.some((r) => r.locale === 'zh-CN' && r.label === 'explicit')).toBe(true);
    expect(all.some((r) => r.locale === 'en' && r.text.length > 0 && r.label === 'neutral')).toBe(true);
  });

  it('takes every third example by default, from both locales', () => {
    const some = everydayExamples();
    expect(some.length).toBeGreaterThan(all.length * 0.3);
    expect(some.length).toBeLessThan(all.length * 0.37);
    const key = (r: { locale: string; text: string }): string => `${r.locale}\u0000${r.text}`;
    const every = new Set(all.map(key));
    expect(some.every((r) => every.has(key(r)))).toBe(true);
    expect(new Set(some.map((r) => r.locale))).toEqual(new Set(['zh-CN', 'en']));
  });
});
