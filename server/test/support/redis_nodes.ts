/**
 * Test support: server nodes sharing one Redis under a key prefix of their own, as the processes of one
 * deployment do (Redis session store and socket.io adapter on each). `close()` stops them and deletes the
 * prefix's keys.
 */
import type { RunningServer, StartOptions } from '../../app.ts';
import { REDIS_TEST_URL, deleteKeys, testPrefix, testServer } from './harness.ts';

export interface RedisNodes {
  readonly prefix: string;
  /** In the order asked for. */
  readonly nodes: readonly RunningServer[];
  close(): Promise<void>;
}

/** Starts one node per `nodeId` (each with its own start options), all on one Redis prefix. */
export async function startRedisNodes(
  specs: ReadonlyArray<{ nodeId: string; options: StartOptions }>,
): Promise<RedisNodes> {
  const prefix = testPrefix();
  const nodes: RunningServer[] = [];
  const close = async (): Promise<void> => {
    for (const node of nodes) await node.close();
    await deleteKeys(prefix);
  };
  try {
    for (const { nodeId, options } of specs)
      nodes.push(await testServer({ redisUrl: REDIS_TEST_URL, redisKeyPrefix: prefix, nodeId }, options));
  } catch (err) {
    await close();
    throw err;
  }
  return { prefix, nodes, close };
}
