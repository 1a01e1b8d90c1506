/**
 * Combines the expression layers (lip-sync visemes, emotion, blinks) each frame and writes the result to
 * the model once. Keeps the last committed weights for the page's test hook.
 */
import type { CanonicalExpression, ExpressionMap } from './expression_map.ts';

export type ExpressionLayer = 'viseme' | 'emotion' | 'blink' | 'gesture';

export class ExpressionMixer {
  private readonly layers = new Map<ExpressionLayer, Map<CanonicalExpression, number>>();
  private last: Partial<Record<CanonicalExpression, number>> = {};

  constructor(
    private readonly map: ExpressionMap,
    private readonly apply: (modelName: string, weight: number) => void,
  ) {}

  set(layer: ExpressionLayer, expression: CanonicalExpression, weight: number): void {
    let l = this.layers.get(layer);
    if (!l) {
      l = new Map();
      this.layers.set(layer, l);
    }
    l.set(expression, weight);
  }

  clearLayer(layer: ExpressionLayer): void {
    this.layers.get(layer)?.clear();
  }

  /** Sums the layers per expression, clamps to 0..1, writes every known expression and returns them. */
  commit(): Partial<Record<CanonicalExpression, number>> {
    const totals = new Map<CanonicalExpression, number>();
    for (const layer of this.layers.values()) {
      for (const [name, w] of layer) totals.set(name, (totals.get(name) ?? 0) + w);
    }
    // Smiling eyes already narrow the lids; damp blinks so the lids do not overshoot.
    const squint = Math.min(1, (totals.get('happy') ?? 0) + (totals.get('relaxed') ?? 0));
    for (const b of ['blink', 'blinkLeft', 'blinkRight'] as const) {
      const w = totals.get(b);
      if (w !== undefined) totals.set(b, w * (1 - 0.45 * squint));
    }
    const out: Partial<Record<CanonicalExpression, number>> = {};
    for (const [name, w] of totals) {
      const weight = Math.min(1, Math.max(0, w));
      out[name] = weight;
      const modelName = this.map.name(name);
      if (modelName) this.apply(modelName, weight);
    }
    this.last = out;
    return out;
  }

  weights(): Partial<Record<CanonicalExpression, number>> {
    return { ...this.last };
  }
}
