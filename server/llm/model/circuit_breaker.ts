/**
 * A circuit breaker per provider: after `failureThreshold` consecutive failed calls it opens and every call
 * is refused at once (the step answers offline, no waiting on a dead provider). After `coolDownMs` it lets
 * one trial call through (half-open): success closes it, failure opens it for another cool-down.
 */
import type { BreakerState } from './language_model.ts';

export interface BreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
  now?: () => number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 5, coolDownMs: 30_000 };

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private opens = 0;

  constructor(private readonly options: BreakerOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.coolDownMs ? 'half_open' : 'open';
  }

  /** Whether a call may start now without reserving the half-open trial. */
  get available(): boolean {
    const state = this.state;
    return state === 'closed' || (state === 'half_open' && !this.trialInFlight);
  }

  /** Reserves a call; false means refuse it. In half-open state only one trial call is let through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  onFailure(): void {
    this.failures++;
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    if (wasTrial || this.failures >= this.options.failureThreshold) {
      if (this.openedAt === null || wasTrial) this.opens++;
      this.openedAt = this.now();
    }
  }

  /** A call that ended without a verdict on the provider (aborted by the customer, refused request). */
  onNeutral(): void {
    this.trialInFlight = false;
  }

  snapshot(): Record<string, unknown> {
    return { state: this.state, consecutiveFailures: this.failures, opens: this.opens };
  }
}
