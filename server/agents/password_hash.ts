/**
 * Agent passwords are stored as salted scrypt hashes: `scrypt$N$r$p$salt$hash` (salt and hash base64url).
 * Verification recomputes with the stored parameters and compares in constant time.
 *
 *   npx tsx server/agents/password_hash.ts 'the password'     prints a hash for AGENTS_JSON
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const KEY_LEN = 32;
const DEFAULTS = { N: 16384, r: 8, p: 1 } as const;

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((ok, fail) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? fail(err) : ok(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  params: { N: number; r: number; p: number } = DEFAULTS,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

export function isPasswordHash(encoded: string): boolean {
  return FORMAT.test(encoded);
}

/** True when `password` matches; false for a wrong password or a malformed hash (never throws on input). */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const m = FORMAT.exec(encoded);
  if (!m) return false;
  const [, n, r, p, saltB64, hashB64] = m;
  const expected = Buffer.from(hashB64!, 'base64url');
  const key = await derive(password, Buffer.from(saltB64!, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const password = process.argv[2];
  if (!password) {
    process.stderr.write('usage: npx tsx server/agents/password_hash.ts <password>\n');
    process.exitCode = 2;
  } else process.stdout.write(`${await hashPassword(password)}\n`);
}
