/**
 * Builds and starts one server node: HTTP (health, pages), socket.io namespaces, the session store and the
 * turn pipeline. `close()` shuts down gracefully: stop accepting, finish in-flight turns, close Redis.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { loadConfig, type Config, type ConfigSchema } from './config.ts';
import type { z } from 'zod';
import { createLogger, type Logger } from './logger.ts';
import { LIMITS, type Capabilities } from './protocol/protocol.ts';
import { createSessionStore } from './session/create_session_store.ts';
import type { SessionStore } from './session/session_store.ts';
import { TurnPipeline } from './pipeline/turn_pipeline.ts';
import { TextNormalizer } from './pipeline/normalize_text.ts';
import { ThresholdPolicy } from './dialogue/threshold_policy.ts';
import { CatalogResponder } from './dialogue/catalog_responder.ts';
import { FollowUpContext } from './dialogue/follow_up_context.ts';
import { AlsoAsked } from './dialogue/also_asked.ts';
import { buildUnderstanding } from './nlu/build_understanding.ts';
import { warmUpSamples, warmUpTurnPath } from './pipeline/warm_up.ts';
import { attachCustomerNamespace, type CustomerNamespace } from './socket/customer_namespace.ts';
import { attachClosedAgentNamespace } from './socket/agent_namespace.ts';
import { InFlight } from './socket/in_flight.ts';
import { ClientBundler } from './http/client_bundler.ts';
import { createHttpHandler, type RouteHandler } from './http/http_routes.ts';
import type { Feature, FeatureContext, FeatureFactory } from './feature.ts';
import { DEFAULT_FEATURES } from './features.ts';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly config: Config;
  readonly io: Server;
  readonly customers: CustomerNamespace;
  readonly http: HttpServer;
  readonly store: SessionStore;
  readonly redis: Redis | null;
  readonly pipeline: TurnPipeline;
  readonly logger: Logger;
  readonly features: readonly Feature[];
  health(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Replace the pipeline (tests use fakes); feature steps are not added to a replaced pipeline. */
  pipeline?: TurnPipeline;
  /** Features to run instead of DEFAULT_FEATURES. */
  features?: FeatureFactory[];
}

export async function startServer(
  overrides: Partial<z.input<typeof ConfigSchema>> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const config = loadConfig(options.env ?? process.env, overrides);
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const startedAt = Date.now();

  const redis = config.redisUrl ? await connectRedis(config.redisUrl, logger) : null;
  const store = createSessionStore(redis, {
    prefix: config.redisKeyPrefix,
    ttlSec: config.sessionTtlSec,
    maxTranscriptLines: config.transcriptMaxLines,
  });

  const understanding = await buildUnderstanding(config, logger);
  const features: Feature[] = [];
  const baseCapabilities: Capabilities = {
    textChat: true,
    voiceInput: { 'zh-CN': false, en: false },
    voiceOutput: { 'zh-CN': false, en: false },
    notes: ['Voice is not enabled on this server. / 此服务器未启用语音功能。'],
  };
  const capabilities = (): Capabilities =>
    features.reduce((caps, f) => (f.capabilities ? f.capabilities(caps) : caps), baseCapabilities);

  const inFlight = new InFlight();
  const bundler = new ClientBundler(config.clientDir, config.minifyClient);
  const ioRef: { current?: Server } = {};

  let warmedUp: Awaited<ReturnType<typeof warmUpTurnPath>> | 'off' = 'off';
  const health = async (): Promise<Record<string, unknown>> => ({
    status: redis && redis.status !== 'ready' ? 'degraded' : 'ok',
    nodeId: config.nodeId,
    uptimeSec: Math.round((Date.now() - startedAt) / 1000),
    store: store.kind,
    redis: redis ? redis.status : 'off',
    adapter: redis ? 'redis' : 'in-memory',
    sessionsConnected: ioRef.current?.of('/customer').sockets.size ?? 0,
    turnsInFlight: inFlight.size,
    providers: understanding.providers,
    features: Object.fromEntries(features.map((f) => [f.name, f.health ? f.health() : 'on'])),
    capabilities: capabilities(),
    warmUp: warmedUp,
  });
  const routes: RouteHandler[] = [];

  const http = createServer(
    createHttpHandler({
      clientDir: config.clientDir,
      avatarsDir: config.avatarsDir,
      bundler,
      health,
      logger,
      extraRoutes: routes,
    }),
  );
  const io = new Server(http, {
    maxHttpBufferSize: LIMITS.maxHttpBufferBytes,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  ioRef.current = io;

  const pubSub: Redis[] = [];
  if (redis) {
    // The adapter publishes without waiting for the reply: written at once (not deferred to the next
    // auto-pipeline), so none is still queued when the connection quits at shutdown.
    const pub = redis.duplicate({ enableAutoPipelining: false });
    const sub = redis.duplicate({ enableAutoPipelining: false }); // a subscriber sends nothing to batch
    pubSub.push(pub, sub);
    io.adapter(createAdapter(pub, sub, { key: `${config.redisKeyPrefix}socket.io` }));
  }

  const customers = io.of('/customer') as CustomerNamespace;
  const featureContext: FeatureContext = {
    config,
    logger,
    redis,
    io,
    customers,
    store,
    catalog: understanding.catalog,
    knowledge: understanding.knowledge,
    deliverReply: async (socket, reply, conversation) => {
      socket.emit('reply.text', reply);
      for (const f of features) await f.onReply?.(socket, reply, conversation);
    },
  };
  for (const factory of options.features ?? DEFAULT_FEATURES) features.push(await factory(featureContext));
  for (const f of features) routes.push(...(f.routes ?? []));

  const steps = features
    .flatMap((f) => f.steps ?? [])
    .sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
    .map((s) => s.step);
  const pipeline =
    options.pipeline ??
    new TurnPipeline({
      normalizer: new TextNormalizer(),
      understander: understanding.understander,
      policy: new ThresholdPolicy(understanding.catalog, config, understanding.knowledge),
      responder: new CatalogResponder(understanding.catalog),
      steps,
      followUps: new FollowUpContext(understanding.knowledge ?? undefined),
      alsoAsked: new AlsoAsked(understanding.knowledge),
    });

  warmedUp = config.warmUp
    ? await warmUpTurnPath({
        understander: understanding.understander,
        features,
        samples: warmUpSamples(understanding.catalog),
        logger,
      })
    : 'off';
  attachCustomerNamespace(io, { store, pipeline, logger, inFlight, capabilities, config, features });
  if (!features.some((f) => f.ownsAgentNamespace)) attachClosedAgentNamespace(io);

  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolveListen());
  });
  const port = (http.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url, nodeId: config.nodeId, store: store.kind }, 'server listening');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      logger.info({ inFlight: inFlight.size }, 'shutting down');
      http.close(); // stop accepting new connections
      const drained = await inFlight.drain(config.shutdownGraceMs);
      if (!drained)
        logger.warn({ inFlight: inFlight.size }, 'shutdown grace period ended with turns in flight');
      await new Promise<void>((r) => io.close(() => r()));
      for (const f of [...features].reverse()) await f.close?.();
      await understanding.close();
      await store.close();
      for (const c of [...pubSub, ...(redis ? [redis] : [])]) await c.quit().catch(() => c.disconnect());
      logger.info({}, 'shutdown complete');
    })();
    return closing;
  };

  return { url, port, config, io, customers, http, store, redis, pipeline, logger, features, health, close };
}

async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  // Auto-pipelining sends every command issued in the same tick (by all conversations on this node) in one
  // socket write: under load that is one write per tick instead of one per command.
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    enableAutoPipelining: true,
  });
  redis.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis connection error'));
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new Error(
      `REDIS_URL is set but Redis is not reachable (${(err as Error).message}). Start Redis or unset REDIS_URL to use the in-memory store.`,
      { cause: err },
    );
  }
  return redis;
}
