import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, ServerError, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { freePort } from '../../evals/bench/server_process.ts';
import { customer, next, redisAvailable, testServer } from './support/harness.ts';

const haveRedis = await redisAvailable();

/** A private redis-server with an append-only file, so a restart keeps its data like a production Redis. */
class PrivateRedis {
  private proc: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}
  async start(): Promise<void> {
    this.proc = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      try {
        const s = await import('node:net').then(
          (net) =>
            new Promise<boolean>((res) => {
              const c = net.connect(this.port, '127.0.0.1', () => (c.end(), res(true)));
              c.on('error', () => res(false));
            }),
        );
        if (s) return;
      } catch {
        // retry
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('private redis did not start');
  }
  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((r) => {
      p.once('exit', () => r());
      p.kill('SIGTERM');
    });
  }
}

describe.runIf(haveRedis)('a Redis restart in the middle of a conversation', () => {
  let redis: PrivateRedis;
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bdh-redis-'));
    redis = new PrivateRedis(await freePort(), dir);
    await redis.start();
    server = await testServer({ redisUrl: `redis://127.0.0.1:${redis.port}` }, { pipeline: fakePipeline() });
  });
  afterAll(async () => {
    await server.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with a retryable error while Redis is down, then continues with nothing lost or doubled', async () => {
    const s = customer(server.url, { channel: 'app', locale: 'en' });
    const ready = await next<SessionReady>(s, 'session.ready');
    s.emit('message.text', { text: 'hello', clientMsgId: 'before' });
    expect((await next<Reply>(s, 'reply.text')).inReplyTo).toBe('before');

    await redis.stop();
    s.emit('message.text', { text: 'check my balance', clientMsgId: 'during' });
    const err = await next<ServerError>(s, 'server.error', 15_000);
    expect(err).toMatchObject({ code: 'E_STORE_UNAVAILABLE', retryable: true, event: 'message.text' });
    expect(s.connected).toBe(true);

    await redis.start();
    // The client retries the message that failed; it is stored once, after the turn that came before.
    let reply: Reply | null = null;
    for (let attempt = 0; attempt < 40 && !reply; attempt++) {
      const got = Promise.race([
        next<Reply>(s, 'reply.text', 3000),
        next<ServerError>(s, 'server.error', 3000).then(() => null),
      ]);
      s.emit('message.text', { text: 'check my balance', clientMsgId: 'during' });
      reply = await got.catch(() => null);
      if (!reply) await new Promise((r) => setTimeout(r, 250));
    }
    expect(reply?.intent).toBe('check_balance');

    const lines = await server.store.transcript(ready.sessionId);
    expect(lines.map((l) => l.text)).toEqual([
      'hello',
      'greeting:en',
      'check my balance',
      'check_balance:en',
    ]);
    expect((await server.store.get(ready.sessionId))?.turnCount).toBe(2);
    s.close();
  }, 60_000);
});
