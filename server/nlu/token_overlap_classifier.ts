/**
 * The simplest real understanding: each intent's examples from `intents/` as keyword sets; an utterance
 * goes to the intent whose example it overlaps most (Dice coefficient over words, or over characters and
 * character bigrams for Chinese). Used until a trained model is available and as a start-up fallback.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { IntentCatalog } from './intent_catalog.ts';
import { OUT_OF_SCOPE } from './intent_catalog_schema.ts';
import type { IntentClassifier, IntentPrediction, IntentScore } from './understanding.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

export function keywordTokens(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const w of lower.match(/[a-z0-9']+/g) ?? []) out.add(w);
  const han = (lower.match(HAN_RUN) ?? []).join('');
  for (let i = 0; i < han.length; i++) {
    out.add(han[i]!);
    if (i + 1 < han.length) out.add(han.slice(i, i + 2));
  }
  return out;
}

interface LocaleIndex {
  postings: Map<string, number[]>;
  intents: string[];
  sizes: number[];
  counts: Uint16Array;
}

export class TokenOverlapClassifier implements IntentClassifier {
  readonly name = 'token-overlap';
  private readonly index = new Map<Locale, LocaleIndex>();

  constructor(
    catalog: IntentCatalog,
    private readonly minScore = 0.34,
  ) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const idx: LocaleIndex = { postings: new Map(), intents: [], sizes: [], counts: new Uint16Array(0) };
      for (const e of catalog.examples(locale)) {
        const id = idx.intents.length;
        const tokens = keywordTokens(e.text);
        idx.intents.push(e.intent);
        idx.sizes.push(tokens.size);
        for (const t of tokens) {
          const list = idx.postings.get(t);
          if (list) list.push(id);
          else idx.postings.set(t, [id]);
        }
      }
      idx.counts = new Uint16Array(idx.intents.length);
      this.index.set(locale, idx);
    }
  }

  classify(text: string, locale: Locale): IntentPrediction {
    const idx = this.index.get(locale)!;
    const q = keywordTokens(text);
    const touched: number[] = [];
    for (const t of q) {
      for (const id of idx.postings.get(t) ?? []) {
        if (idx.counts[id] === 0) touched.push(id);
        idx.counts[id]!++;
      }
    }
    const best = new Map<string, number>();
    for (const id of touched) {
      const dice = (2 * idx.counts[id]!) / (q.size + idx.sizes[id]!);
      idx.counts[id] = 0;
      const intent = idx.intents[id]!;
      if (dice > (best.get(intent) ?? 0)) best.set(intent, dice);
    }
    const all: IntentScore[] = [...best.entries()]
      .map(([intent, confidence]) => ({ intent, confidence }))
      .sort((a, b) => b.confidence - a.confidence);
    const ranking = all.filter((s) => s.intent !== OUT_OF_SCOPE);
    const top = all[0];
    const outOfScope = !top || top.intent === OUT_OF_SCOPE || top.confidence < this.minScore;
    return { top: outOfScope ? null : (ranking[0] ?? null), ranking, outOfScope };
  }
}
