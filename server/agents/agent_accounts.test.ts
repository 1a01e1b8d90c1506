import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { AgentAccountsError, loadAgentDirectory } from './agent_accounts.ts';
import { hashPassword, verifyPassword } from './password_hash.ts';

describe('agent accounts', () => {
  it('loads accounts from AGENTS_JSON with hashed passwords and no sandbox accounts', async () => {
    const passwordHash = await hashPassword('s3cret-pass');
    const json = JSON.stringify([
      { username: 'li.na', displayName: '李娜', role: 'supervisor', locales: ['zh-CN'], passwordHash },
    ]);
    const dir = await loadAgentDirectory({ agentsJson: json }, silentLogger(), {});
    expect(dir.sandbox).toBe(false);
    expect(dir.size).toBe(1);
    expect(dir.find('LI.NA')).toMatchObject({ role: 'supervisor', locales: ['zh-CN'] });
    expect(dir.find('agent1')).toBeUndefined();
  });

  it('seeds the documented sandbox accounts by default, never in production', async () => {
    const dir = await loadAgentDirectory({}, silentLogger(), {});
    expect(dir.sandbox).toBe(true);
    expect(await verifyPassword('sandbox-agent-1', dir.find('agent1')!.passwordHash)).toBe(true);
    expect(dir.find('supervisor1')?.role).toBe('supervisor');
    const prod = await loadAgentDirectory({}, silentLogger(), { NODE_ENV: 'production' });
    expect(prod.size).toBe(0);
  });

  it('refuses plain-text passwords and bad JSON with a message naming the source', async () => {
    const plain = JSON.stringify([{ username: 'x1', displayName: 'X', passwordHash: 'hunter2' }]);
    await expect(loadAgentDirectory({ agentsJson: plain }, silentLogger(), {})).rejects.toThrow(
      /AGENTS_JSON: 0.passwordHash/,
    );
    await expect(loadAgentDirectory({ agentsJson: '[{' }, silentLogger(), {})).rejects.toBeInstanceOf(
      AgentAccountsError,
    );
  });
});
