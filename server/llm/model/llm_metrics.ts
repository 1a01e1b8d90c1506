/** Counters and latencies of the language-model calls of one node, shown under the feature's `/healthz`. */
import type { TokenUsage } from './language_model.ts';

class Latency {
  private count = 0;
  private sum = 0;
  private max = 0;
  private last = 0;

  record(ms: number): void {
    this.count++;
    this.sum += ms;
    this.max = Math.max(this.max, ms);
    this.last = ms;
  }

  snapshot(): Record<string, number> {
    const avg = this.count === 0 ? 0 : Math.round(this.sum / this.count);
    return { count: this.count, avgMs: avg, maxMs: Math.round(this.max), lastMs: Math.round(this.last) };
  }
}

export class LlmMetrics {
  calls = 0;
  succeeded = 0;
  failed = 0;
  aborted = 0;
  timeouts = 0;
  retries = 0;
  refusedByBreaker = 0;
  promptTokens = 0;
  completionTokens = 0;
  readonly firstToken = new Latency();
  readonly total = new Latency();

  addUsage(usage: TokenUsage | null): void {
    if (!usage) return;
    this.promptTokens += usage.promptTokens;
    this.completionTokens += usage.completionTokens;
  }

  snapshot(): Record<string, unknown> {
    return {
      calls: this.calls,
      succeeded: this.succeeded,
      failed: this.failed,
      aborted: this.aborted,
      timeouts: this.timeouts,
      retries: this.retries,
      refusedByBreaker: this.refusedByBreaker,
      tokens: {
        prompt: this.promptTokens,
        completion: this.completionTokens,
        total: this.promptTokens + this.completionTokens,
      },
      firstTokenLatency: this.firstToken.snapshot(),
      totalLatency: this.total.snapshot(),
    };
  }
}
