import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('takes about half the examples by default, from both locales', () => {
    const some = everydayExamples();
    expect(some.length).toBeGreaterThan(all.length * 0.45);
    expect(some.length).toBeLessThan(all.length * 0.55);
    const key = (r: { locale: string; text: string }): string => `${r.locale}\u0000${r.text}`;
    const every = new Set(all.map(key));
    expect(some.every((r) => every.has(key(r)))).toBe(true);
    expect(new Set(some.map((r) => r.locale))).toEqual(new Set(['zh-CN', 'en']));
  });

  // Taking every third example by position (until the twentieth session) meant that a few examples added to one intent changed which rows
  // were taken from every intent after it; the retrained model then chose other thresholds.
  describe('when examples are added to one intent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'everyday-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DEFAULT_INTENTS_DIR, dir, { recursive: true });
    const file = join(dir, 'check_balance.yml');
    const added = ['余额还剩多少来着', '帮我瞅瞅卡里钱', '查下我账户里的钱', '我还剩多少钱啊'];
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /(zh-CN: \|\n)(\s+)- /,
        (_m, head: string, indent: string) =>
          `${head}${added.map((a) => `${indent}- ${a}\n`).join('')}${indent}- `,
      ),
    );
    const key = (r: { locale: string; text: string }): string => `${r.locale}\u0000${r.text}`;

    it('takes the same rows as before from all the other examples', () => {
      const before = everydayExamples();
      const after = everydayExamples(dir);
      const grown = loadIntentCatalog(dir).examples('zh-CN');
      for (const a of added) expect(grown.some((e) => e.text === a)).toBe(true);
      const fresh = new Set(added.map((a) => `zh-CN\u0000${a}`));
      expect(after.filter((r) => !fresh.has(key(r))).map(key)).toEqual(before.map(key));
    });
  });
});
