import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { testServer } from '../test/support/harness.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const chat = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/chat.ts', ...args], { cwd: root, timeout: 20_000 });

describe('npm run chat', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({}, { pipeline: fakePipeline() });
  });
  afterAll(() => server.close());

  it('sends messages in order in one session and prints each reply', async () => {
    const { stdout } = await chat(['--url', server.url, '--locale', 'en', 'hello', 'check my balance']);
    expect(stdout).toMatch(/you> hello\nbot> greeting:en[\s\S]*you> check my balance\nbot> check_balance:en/);
  });

  it('prints every server event as one JSON line with --json', async () => {
    const { stdout } = await chat(['--url', server.url, '--locale', 'zh-CN', '--json', '你好']);
    const events = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; payload: { text?: string } });
    expect(events.map((e) => e.event)).toEqual(['session.ready', 'reply.text']);
    expect(events[1]?.payload.text).toBe('greeting:zh');
  });

  it('exits non-zero with a clear message when the server is unreachable', async () => {
    await expect(chat(['--url', 'http://127.0.0.1:9', 'hello'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('cannot connect to http://127.0.0.1:9'),
    });
  });

  it('rejects an unknown locale with usage help', async () => {
    await expect(chat(['--locale', 'fr', 'hello'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--locale must be zh-CN or en'),
    });
  });
});
