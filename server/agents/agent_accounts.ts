/**
 * Agent accounts: from `AGENTS_JSON` (a JSON array) or `AGENTS_FILE` (the same array in a file), plus the
 * documented sandbox accounts when sandbox agents are on (the default outside NODE_ENV=production, and
 * only when no accounts are configured). Passwords are only ever held as scrypt hashes.
 *
 *   [{ "username": "li.na", "displayName": "李娜", "role": "agent", "locales": ["zh-CN", "en"],
 *      "passwordHash": "scrypt$16384$8$1$…" }]
 *
 * Sandbox accounts (documented in README):
 *   agent1 / sandbox-agent-1            agent, zh-CN + en
 *   agent2 / sandbox-agent-2            agent, en
 *   supervisor1 / sandbox-supervisor-1  supervisor, zh-CN + en
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { AgentRole, type AgentProfile } from '../protocol/agent_protocol.ts';
import { Locale } from '../protocol/protocol.ts';
import { hashPassword, isPasswordHash } from './password_hash.ts';

export const AgentAccount = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{2,64}$/, 'usernames are lower-case letters, digits, . _ -'),
  displayName: z.string().min(1).max(64),
  role: AgentRole.default('agent'),
  locales: z.array(Locale).min(1).default(['zh-CN', 'en']),
  passwordHash: z.string().refine(isPasswordHash, 'passwordHash must be scrypt$N$r$p$salt$hash'),
});
export type AgentAccount = z.infer<typeof AgentAccount>;

export const SANDBOX_ACCOUNTS = [
  {
    username: 'agent1',
    password: 'sandbox-agent-1',
    displayName: '坐席一号 Agent One',
    role: 'agent',
    locales: ['zh-CN', 'en'],
  },
  {
    username: 'agent2',
    password: 'sandbox-agent-2',
    displayName: 'Agent Two',
    role: 'agent',
    locales: ['en'],
  },
  {
    username: 'supervisor1',
    password: 'sandbox-supervisor-1',
    displayName: '值班主管 Supervisor',
    role: 'supervisor',
    locales: ['zh-CN', 'en'],
  },
] as const;

export class AgentAccountsError extends Error {
  override name = 'AgentAccountsError';
}

export interface AgentDirectory {
  find(username: string): AgentAccount | undefined;
  readonly size: number;
  readonly sandbox: boolean;
  /** A real hash to verify against for unknown usernames, so timing does not reveal which exist. */
  readonly decoyHash: string;
}

export function profileOf(account: AgentAccount): AgentProfile {
  return {
    id: account.username,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    locales: account.locales,
  };
}

let sandboxHashes: Promise<AgentAccount[]> | undefined;
let decoy: Promise<string> | undefined;

/** Hashed once per process (scrypt is deliberately slow). */
function sandboxAccounts(): Promise<AgentAccount[]> {
  sandboxHashes ??= Promise.all(
    SANDBOX_ACCOUNTS.map(async (a) => ({
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      locales: [...a.locales],
      passwordHash: await hashPassword(a.password),
    })),
  );
  return sandboxHashes;
}

function parseAccounts(raw: string, where: string): AgentAccount[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new AgentAccountsError(`${where}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = z.array(AgentAccount).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgentAccountsError(`${where}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export async function loadAgentDirectory(
  options: { agentsJson?: string; agentsFile?: string; sandboxAgents?: boolean },
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AgentDirectory> {
  const accounts: AgentAccount[] = [];
  if (options.agentsJson) accounts.push(...parseAccounts(options.agentsJson, 'AGENTS_JSON'));
  if (options.agentsFile)
    accounts.push(...parseAccounts(readFileSync(options.agentsFile, 'utf8'), options.agentsFile));
  const sandbox = options.sandboxAgents ?? (accounts.length === 0 && env['NODE_ENV'] !== 'production');
  if (sandbox) {
    accounts.push(...(await sandboxAccounts()));
    logger.warn({ accounts: SANDBOX_ACCOUNTS.map((a) => a.username) }, 'sandbox agent accounts are enabled');
  }
  const byName = new Map<string, AgentAccount>();
  for (const a of accounts) {
    if (byName.has(a.username)) throw new AgentAccountsError(`agent "${a.username}" is defined twice`);
    byName.set(a.username, a);
  }
  decoy ??= hashPassword('decoy-password-for-unknown-usernames');
  const decoyHash = await decoy;
  return { find: (u) => byName.get(u.toLowerCase()), size: byName.size, sandbox, decoyHash };
}
