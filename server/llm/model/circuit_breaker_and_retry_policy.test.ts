import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit_breaker.ts';
import { LlmError } from './llm_error.ts';
import { parseRetryAfter, retryDelayMs, DEFAULT_RETRY } from './retry_policy.ts';

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, half-opens after the cool-down, and lets one trial through', () => {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000, now: () => now });
    b.onFailure();
    b.onSuccess(); // a success resets the count
    for (let i = 0; i < 3; i++) {
      expect(b.tryAcquire()).toBe(true);
      b.onFailure();
    }
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    now = 1000;
    expect(b.state).toBe('half_open');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // only one trial at a time
    b.onFailure();
    expect(b.state).toBe('open'); // the trial failed: another cool-down
    now = 2000;
    expect(b.tryAcquire()).toBe(true);
    b.onSuccess();
    expect(b.state).toBe('closed');
    expect(b.snapshot()).toMatchObject({ state: 'closed', opens: 2 });
  });

  it('does not count a cancelled trial against the provider', () => {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 10, now: () => now });
    b.onFailure();
    now = 10;
    expect(b.tryAcquire()).toBe(true);
    b.onNeutral();
    expect(b.tryAcquire()).toBe(true);
  });
});

describe('retry policy', () => {
  const opts = { ...DEFAULT_RETRY, random: () => 0.999 };

  it('backs off exponentially with jitter, up to the maximum, only for retryable errors', () => {
    const e500 = new LlmError('server_error', 'x', { status: 500 });
    expect(retryDelayMs(e500, 0, opts)).toBe(249);
    expect(retryDelayMs(e500, 1, opts)).toBe(499);
    expect(retryDelayMs(e500, 2, opts)).toBeNull(); // maxRetries = 2
    expect(retryDelayMs(e500, 1, { ...opts, random: () => 0 })).toBe(0);
    expect(retryDelayMs(e500, 9, { ...opts, maxRetries: 20 })).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
    expect(retryDelayMs(new LlmError('client_error', 'x', { status: 400 }), 0, opts)).toBeNull();
    expect(retryDelayMs(new LlmError('timeout', 'x'), 0, opts)).toBeNull();
  });

  it('waits what Retry-After asks, and gives up when that is longer than a customer should wait', () => {
    expect(retryDelayMs(new LlmError('rate_limited', 'x', { retryAfterMs: 1200 }), 0, opts)).toBe(1200);
    expect(retryDelayMs(new LlmError('rate_limited', 'x', { retryAfterMs: 60_000 }), 0, opts)).toBeNull();
  });

  it('parses retry-after-ms, seconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({}))).toBeUndefined();
  });
});
