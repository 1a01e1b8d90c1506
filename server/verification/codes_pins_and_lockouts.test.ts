/**
 * The verification service on a controllable clock: 6-digit codes texted to the phone on file, stored only
 * as an HMAC, single-use, expiring; a resend cooldown; unknown phones get the same answer and no text; PINs
 * as scrypt; five failures lock every factor for the customer until the lock expires. Nothing secret is
 * logged. The Redis TTL store keeps the same promises (atomic take, TTL on first increment).
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCoreBanking } from '../banking/memory_core_banking.ts';
import { capturedLogger } from '../test/support/captured_logger.ts';
import { deleteKeys, REDIS_TEST_URL, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { Lockout } from './lockout.ts';
import { MemoryTtlStore } from './memory_ttl_store.ts';
import { OtpVerifier } from './otp_verifier.ts';
import { PinVerifier } from './pin_verifier.ts';
import { RedisTtlStore } from './redis_ttl_store.ts';
import { sharedSecret } from './shared_secret.ts';
import type { SmsGateway } from './sms_gateway.ts';
import { VerificationService } from './verification_service.ts';
import {
  readVerification,
  UNVERIFIED,
  writeVerification,
  type VerificationState,
} from './verification_state.ts';

function setup() {
  let now = Date.parse('2026-03-02T04:00:00Z');
  const clock = { now: () => new Date(now), advance: (ms: number) => (now += ms) };
  const store = new MemoryTtlStore(() => now);
  const texts: Array<{ phone: string; text: string }> = [];
  const sms: SmsGateway = { kind: 'capture', send: async (phone, text) => void texts.push({ phone, text }) };
  const { logger, lines: logs } = capturedLogger();
  const otp = new OtpVerifier(store, sharedSecret(store), {
    ttlMs: 300_000,
    resendCooldownMs: 60_000,
    digits: 6,
  });
  const pins = new PinVerifier(store);
  const svc = new VerificationService({
    core: new MemoryCoreBanking(),
    sms,
    otp,
    verifiers: [otp, pins],
    lockout: new Lockout(store, { maxFailures: 5, windowMs: 900_000, lockMs: 900_000 }),
    logger,
  });
  return { svc, store, pins, texts, logs, clock };
}

const codeOf = (text: string | undefined): string => /\d{6}/.exec(text ?? '')?.[0] ?? '';

describe('one-time codes', () => {
  it('texts 6 random digits, keeps only a hash, and accepts the code once', async () => {
    const { svc, store, texts, logs, clock } = setup();
    const sent = await svc.startWithPhone('s1', '13800000001', UNVERIFIED, 'zh-CN', clock.now());
    expect(sent.status).toBe('sent');
    expect(sent.state).toMatchObject({ customerId: 'c1001', phoneMasked: '138****0001', pending: 'otp' });
    expect(texts[0]?.phone).toBe('13800000001');
    const code = codeOf(texts[0]?.text);
    expect(code).toMatch(/^\d{6}$/);
    expect((await store.get('otp:s1')) ?? '').not.toContain(code);

    const ok = await svc.submit('s1', sent.state, 'otp', code, clock.now());
    expect(ok).toMatchObject({ status: 'ok', state: { factors: ['otp'], customerId: 'c1001' } });
    const pendingAgain: VerificationState = { ...sent.state, pending: 'otp' };
    expect((await svc.submit('s1', pendingAgain, 'otp', code, clock.now())).status).toBe('expired');
    expect(logs.join('')).not.toContain(code);
    expect(logs.join('')).not.toContain('13800000001');
  });

  it('expires, and cools down between texts', async () => {
    const { svc, texts, clock } = setup();
    const sent = await svc.startWithPhone('s1', '13800000002', UNVERIFIED, 'en', clock.now());
    expect((await svc.resend('s1', sent.state, 'en', clock.now())).status).toBe('cooldown');
    expect(texts).toHaveLength(1);
    clock.advance(300_001);
    expect((await svc.submit('s1', sent.state, 'otp', codeOf(texts[0]?.text), clock.now())).status).toBe(
      'expired',
    );
    expect((await svc.resend('s1', sent.state, 'en', clock.now())).status).toBe('sent');
    expect(texts).toHaveLength(2);
    expect(texts[1]?.text).toMatch(/^\[Sandbox Bank\] Your code is \d{6}/);
  });

  it('within the cooldown, a second session holds no code: it is told when it may ask, not "sent"', async () => {
    const { svc, texts, clock } = setup();
    const first = await svc.startWithPhone('s1', '13800000001', UNVERIFIED, 'en', clock.now());
    clock.advance(20_000);
    const second = await svc.startWithPhone('s2', '13800000001', UNVERIFIED, 'en', clock.now());
    expect(second).toMatchObject({ status: 'cooldown', codeHere: false, retryInSec: 40 });
    expect(second.state.resendAt).toBe(clock.now().getTime() + 40_000);
    expect(texts).toHaveLength(1);
    // The first session's own resend is a cooldown with its code still good.
    const again = await svc.resend('s1', first.state, 'en', clock.now());
    expect(again).toMatchObject({ status: 'cooldown', codeHere: true });
    expect(again.state.resendAt).toBeUndefined();
    clock.advance(40_000);
    const own = await svc.resend('s2', second.state, 'en', clock.now());
    expect(own.status).toBe('sent');
    expect(own.state.resendAt).toBeUndefined();
    expect(texts).toHaveLength(2);
    expect((await svc.submit('s2', own.state, 'otp', codeOf(texts[1]?.text), clock.now())).status).toBe('ok');
    // Unknown phones behave alike (no probing for customers).
    await svc.startWithPhone('s3', '13912345678', UNVERIFIED, 'en', clock.now());
    const unknown = await svc.startWithPhone('s4', '13912345678', UNVERIFIED, 'en', clock.now());
    expect(unknown).toMatchObject({ status: 'cooldown', codeHere: false });
  });

  it('answers an unknown phone the same way, texting nothing and matching nothing', async () => {
    const { svc, texts, clock } = setup();
    const sent = await svc.startWithPhone('s1', '13912345678', UNVERIFIED, 'zh-CN', clock.now());
    expect(sent.status).toBe('sent');
    expect(sent.state.customerId).toBeNull();
    expect(texts).toHaveLength(0);
    expect((await svc.submit('s1', sent.state, 'otp', '123456', clock.now())).status).toBe('failed');
    // Pressing resend at once cools down as it would for a customer's phone.
    expect(await svc.resend('s1', sent.state, 'zh-CN', clock.now())).toMatchObject({
      status: 'cooldown',
      codeHere: true,
    });
  });
});

describe('PINs and lockouts', () => {
  it('stores PINs as scrypt and checks them', async () => {
    const { svc, store, pins, clock } = setup();
    await pins.setPin('c1001', '135790');
    expect(await store.get('pin:c1001')).toMatch(/^scrypt\$16384\$8\$1\$/);
    const state: VerificationState = { ...UNVERIFIED, customerId: 'c1001', factors: ['otp'], pending: 'pin' };
    expect(await svc.submit('s1', state, 'pin', '000000', clock.now())).toEqual({
      status: 'failed',
      remaining: 4,
    });
    const ok = await svc.submit('s1', state, 'pin', '135790', clock.now());
    expect(ok).toMatchObject({ status: 'ok', state: { factors: ['otp', 'pin'] } });
  });

  it('locks every factor after five failures, until the lock expires', async () => {
    const { svc, texts, pins, clock } = setup();
    await pins.setPin('c1001', '135790');
    const sent = await svc.startWithPhone('s1', '13800000001', UNVERIFIED, 'zh-CN', clock.now());
    const right = codeOf(texts[0]?.text);
    const wrong = right === '999999' ? '888888' : '999999';
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push((await svc.submit('s1', sent.state, 'otp', wrong, clock.now())).status);
    expect(outcomes).toEqual(['failed', 'failed', 'failed', 'failed', 'locked']);
    const pinState: VerificationState = { ...sent.state, factors: ['otp'], pending: 'pin' };
    expect((await svc.submit('s2', pinState, 'pin', '135790', clock.now())).status).toBe('locked');
    expect((await svc.startWithPhone('s3', '13800000001', UNVERIFIED, 'zh-CN', clock.now())).status).toBe(
      'locked',
    );
    clock.advance(900_001);
    expect((await svc.submit('s2', pinState, 'pin', '135790', clock.now())).status).toBe('ok');
  });
});

describe('a verified session', () => {
  it('lapses after the idle period and ignores malformed state', () => {
    const state: VerificationState = { customerId: 'c1001', factors: ['otp'], lastActiveAt: 1_000 };
    const context = writeVerification({ fallbackCount: 0, extensions: {} }, state);
    expect(readVerification(context, new Date(1_000 + 600_000), 600_000)).toEqual(state);
    expect(readVerification(context, new Date(1_001 + 600_000), 600_000)).toEqual(UNVERIFIED);
    const bad = { fallbackCount: 0, extensions: { verification: { factors: 'otp' } } };
    expect(readVerification(bad, new Date(), 600_000)).toEqual(UNVERIFIED);
  });
});

const available = await redisAvailable();

describe.skipIf(!available)('the Redis TTL store', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_TEST_URL);
  afterAll(async () => {
    await deleteKeys(prefix);
    await redis.quit();
  });

  it('gives a value to one of many concurrent takers and starts TTLs on the first increment', async () => {
    const store = new RedisTtlStore(redis, prefix);
    await store.set('challenge', 'x', 10_000);
    const taken = await Promise.all(Array.from({ length: 20 }, () => store.take('challenge')));
    expect(taken.filter((t) => t === 'x')).toHaveLength(1);
    expect(await store.incr('fails', 5_000)).toBe(1);
    expect(await store.incr('fails', 5_000)).toBe(2);
    const ttl = await store.ttlMs('fails');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
    expect(await store.setIfAbsent('once', '1', 5_000)).toBe(true);
    expect(await store.setIfAbsent('once', '1', 5_000)).toBe(false);
    expect(await store.ttlMs('missing')).toBe(0);
  });
});
