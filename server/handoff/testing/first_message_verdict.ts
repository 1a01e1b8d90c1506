/**
 * Test support: the handoff policy's verdict on a message as the first of a conversation that the assistant
 * could not place (no intent, no article), read with the trained handoff model, as the suites on what the
 * model misreads need it. The model is trained into a temporary cache for the suite and the cache removed
 * after it. Call it at the top level of a test file (or inside `describe`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Decision } from '../../dialogue/decision.ts';
import type { Understanding } from '../../nlu/understanding.ts';
import { loadHandoffConfig } from '../handoff_config.ts';
import { HandoffExtension } from '../handoff_extension.ts';
import { HandoffPolicy, type PolicyThresholds, type PolicyVerdict } from '../handoff_policy.ts';
import { HandoffSignalReader } from '../handoff_signals.ts';
import { handoffModelFor } from '../model/handoff_model_cache.ts';

const FALLBACK: Decision = { type: 'fallback', reason: 'out_of_scope' };

/** `thresholds`: settings over the default configuration's (e.g. the FAQ threshold the product runs with). */
export function firstMessageVerdict(
  thresholds: Partial<PolicyThresholds> = {},
): (text: string) => PolicyVerdict | null {
  const cacheDir = mkdtempSync(join(tmpdir(), 'handoff-first-message-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const config = loadHandoffConfig({});
  const model = handoffModelFor(config, cacheDir)!;
  const reader = new HandoffSignalReader(config.trendAlpha, model);
  const policy = new HandoffPolicy({ ...config, ...thresholds });
  return (text) => {
    const prev = HandoffExtension.parse({});
    const signals = reader.read(text, prev);
    const u: Understanding = {
      text,
      locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en',
      intent: { top: null, ranking: [], outOfScope: true },
      entities: [],
      faq: [],
      sentiment: 0,
    };
    return (
      policy.fraud({ signals, understanding: u, decision: FALLBACK }) ??
      policy.decide({
        signals,
        understanding: u,
        decision: FALLBACK,
        context: { fallbackCount: 0, extensions: {} },
        prev: { ...prev, ...signals.next },
        turn: 0,
      })
    );
  };
}
