/**
 * The 6-digit transaction PIN used for step-up before money moves. Stored as scrypt (per-PIN salt); compared
 * in constant time. A bank with its own PIN service replaces this verifier.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { TtlStore } from './ttl_store.ts';
import type { FactorCheck, VerificationSubject, Verifier } from './verifier.ts';

const PARAMS: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LEN = 32;

function scryptAsync(secret: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LEN, params, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(pin, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(pin, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export class PinVerifier implements Verifier {
  readonly factor = 'pin' as const;

  constructor(private readonly store: TtlStore) {}

  async setPin(customerId: string, pin: string): Promise<void> {
    await this.store.set(`pin:${customerId}`, await hashPin(pin), 0);
  }

  /** Stores a precomputed hash unless the customer already has a PIN (sandbox seeding on every start). */
  async seedHash(customerId: string, hash: string): Promise<void> {
    await this.store.setIfAbsent(`pin:${customerId}`, hash, 0);
  }

  async check(subject: VerificationSubject, response: string): Promise<FactorCheck> {
    if (!subject.customerId) return { status: 'failed' };
    const stored = await this.store.get(`pin:${subject.customerId}`);
    if (!stored || !(await pinMatches(response, stored))) return { status: 'failed' };
    return { status: 'ok', customerId: subject.customerId };
  }
}
