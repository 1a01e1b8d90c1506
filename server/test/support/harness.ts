/**
 * Test support: real servers on port 0, real socket.io clients on loopback, real Redis when needed.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { io as connect, type Socket } from 'socket.io-client';
import { startServer, type RunningServer, type StartOptions } from '../../app.ts';
import type { ConfigSchema } from '../../config.ts';
import { silentLogger } from '../../logger.ts';
import { deleteByPrefix } from '../../redis/delete_by_prefix.ts';
import type { z } from 'zod';

export const REDIS_TEST_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Resolves when Redis answers; in CI a missing Redis fails the test run instead of skipping. */
export async function redisAvailable(): Promise<boolean> {
  const r = new Redis(REDIS_TEST_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await r.connect();
    await r.ping();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`Redis is required in CI but not reachable at ${REDIS_TEST_URL}`);
    return false;
  } finally {
    r.disconnect();
  }
}

export function testPrefix(): string {
  return `bdh-test:${randomBytes(4).toString('hex')}:`;
}

export async function deleteKeys(prefix: string): Promise<void> {
  const r = new Redis(REDIS_TEST_URL);
  await deleteByPrefix(r, prefix);
  await r.quit();
}

/** A server with the in-memory store (unless overridden), silent logs and no features unless given. */
export function testServer(
  overrides: Partial<z.input<typeof ConfigSchema>> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  return startServer(
    {
      port: 0,
      host: '127.0.0.1',
      redisUrl: undefined,
      logLevel: 'silent',
      rateLimitPerSec: 0,
      watchContent: false,
      ...(options.pipeline ? { intentClassifier: 'overlap' as const } : {}),
      ...overrides,
    },
    { logger: silentLogger(), env: {}, features: [], ...options },
  );
}

export type ClientSocket = Socket;

export function customer(
  url: string,
  auth: Record<string, unknown> = { channel: 'app', locale: 'en' },
): ClientSocket {
  return connect(`${url}/customer`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
}

/** Waits for the next `event` on the socket (or rejects after `timeoutMs`). */
export function next<T = unknown>(socket: ClientSocket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`timed out waiting for "${event}"`));
    }, timeoutMs);
    const on = (payload: T): void => {
      clearTimeout(timer);
      resolve(payload);
    };
    socket.once(event, on);
  });
}

export function connectError(socket: ClientSocket): Promise<Error & { data?: Record<string, unknown> }> {
  return next(socket, 'connect_error');
}
