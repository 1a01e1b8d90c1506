/**
 * Human handoff as a feature of a server node: the turn steps (order 0 session state, 10 fraud, 20
 * policy), the customer's `handoff.cancel`, agent sign-in routes, the authenticated `/agent` namespace
 * and the agent console handlers. With Redis the queue, presence, tokens and login counters are shared by
 * every node and survive restarts; without, they live in this process.
 *
 * Settings come from the environment (handoff_config.ts); tests pass `{ env, overrides }`.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { toServerError } from '../errors.ts';
import type { Feature, FeatureFactory } from '../feature.ts';
import { HandoffCancel } from '../protocol/protocol.ts';
import { parseInbound } from '../socket/inbound_guard.ts';
import { InFlight } from '../socket/in_flight.ts';
import { attachAgentNamespace } from '../socket/agent_namespace.ts';
import { loadAgentDirectory } from '../agents/agent_accounts.ts';
import { MemoryAgentTokenStore, RedisAgentTokenStore } from '../agents/agent_tokens.ts';
import { agentLoginRoutes } from '../agents/login_route.ts';
import { MemoryLoginThrottle, RedisLoginThrottle } from '../agents/login_throttle.ts';
import { MemoryPresenceStore, RedisPresenceStore } from '../agents/presence_store.ts';
import { modelBrief, type AgentSummarizer } from './agent_brief.ts';
import { onAgentConnection } from './agent_console_handlers.ts';
import { loadHandoffConfig, type HandoffConfigSchema } from './handoff_config.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { endedByCustomerReply } from './handoff_replies.ts';
import { HandoffService } from './handoff_service.ts';
import { CustomerDelivery } from './customer_delivery.ts';
import { MemoryCustomerPresence, RedisCustomerPresence } from './customer_presence.ts';
import { readHandoff } from './handoff_extension.ts';
import { endedWhileAway } from './ended_while_away.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import { handoffModelFor } from './model/handoff_model_cache.ts';
import { MemoryHandoffQueue } from './memory_handoff_queue.ts';
import { RedisHandoffQueue } from './redis_handoff_queue.ts';
import { FraudStep } from './steps/fraud_step.ts';
import { CatalogResponder } from '../dialogue/catalog_responder.ts';
import { HandoffPolicyStep } from './steps/handoff_policy_step.ts';
import { ArticleMeanwhile } from './article_meanwhile.ts';
import type { NormalReply } from './small_talk_while_waiting.ts';
import { HandoffSessionStep } from './steps/handoff_session_step.ts';
import { TurnSignalsCache } from './steps/turn_signals_cache.ts';
import { VETOED_INTENT_STEP_ORDER, VetoedIntentStep } from './steps/vetoed_intent_step.ts';

export interface HandoffFeatureOptions {
  /** Environment to read settings from (default process.env). */
  env?: NodeJS.ProcessEnv;
  overrides?: Partial<z.input<typeof HandoffConfigSchema>>;
  /**
   * Writes the brief in the agent's `conversation.detail` (`LlmHub.summarize`: the model when configured);
   * bounded by `HANDOFF_SUMMARY_TIMEOUT_MS`, extractive on any failure. Default: extractive only.
   */
  summarize?: AgentSummarizer;
}

export function createHandoffFeature(options: HandoffFeatureOptions = {}): FeatureFactory {
  return async (ctx): Promise<Feature> => {
    const env = options.env ?? process.env;
    const config = loadHandoffConfig(env, options.overrides);
    const { redis, logger } = ctx;
    const log = logger.child({ feature: 'handoff' });
    const prefix = ctx.config.redisKeyPrefix;
    const limits = { maxFailures: config.loginMaxFailures, windowSec: config.loginWindowSec };

    const queue = redis
      ? new RedisHandoffQueue(redis, prefix, config.ticketTtlSec)
      : new MemoryHandoffQueue();
    const presence = redis
      ? new RedisPresenceStore(redis, prefix, config.presenceTtlSec)
      : new MemoryPresenceStore(config.presenceTtlSec);
    const tokens = redis ? new RedisAgentTokenStore(redis, prefix) : new MemoryAgentTokenStore();
    const throttle = redis ? new RedisLoginThrottle(redis, prefix, limits) : new MemoryLoginThrottle(limits);
    const directory = await loadAgentDirectory(config, log, env);
    const inFlight = new InFlight();
    const track = (p: Promise<unknown>): void => void inFlight.track(p);

    const delivery = new CustomerDelivery(ctx.customers, ctx.deliverReply, redis !== null, log);
    // A queued customer's connections, on every node: not heard from for as long as an agent's console, gone.
    // Kept in Redis well past the resume window, after which the ticket of one who did not come back goes.
    const staleMs = config.presenceTtlSec * 1000;
    const customerGoneMs = config.customerGoneMs ?? ctx.config.sessionTtlSec * 1000;
    const presenceKeySec = Math.ceil(Math.max(staleMs, customerGoneMs) / 1000) * 2 + 60;
    const customerPresence = redis
      ? new RedisCustomerPresence(redis, prefix, staleMs, presenceKeySec)
      : new MemoryCustomerPresence(staleMs, presenceKeySec * 1000);
    const serviceRef: { current?: HandoffService } = {};
    const agents = attachAgentNamespace(ctx.io, {
      verifyToken: (token) => tokens.verify(token),
      logger: log,
      onConnection: (socket) =>
        onAgentConnection(socket, {
          service: serviceRef.current!,
          presence,
          logger: log,
          nodeId: ctx.config.nodeId,
          presenceTtlSec: config.presenceTtlSec,
          agentGraceMs: config.agentGraceMs,
          track,
        }),
    });
    const summarize = options.summarize;
    const service = new HandoffService({
      queue,
      presence,
      store: ctx.store,
      customers: ctx.customers,
      agents,
      knowledge: ctx.knowledge,
      config,
      logger: log,
      delivery,
      customerPresence,
      customerGoneMs,
      ...(summarize
        ? {
            modelBrief: (transcript, locale) =>
              modelBrief(transcript, locale, { summarize, timeoutMs: config.summaryTimeoutMs, logger: log }),
          }
        : {}),
    });
    serviceRef.current = service;

    const policy = new HandoffPolicy({ ...config, faqThreshold: ctx.config.faqThreshold });
    // Trained from the corpus on first start, then loaded from the cache keyed by the corpus hash.
    const model = handoffModelFor(config, ctx.config.cacheDir, log, ctx.config.intentsDir);
    const reader = new HandoffSignalReader(config.trendAlpha, model);
    const signals = new TurnSignalsCache(reader);

    // Queued customers gone past the resume window leave the queue (any node may find them; one removes each).
    const sweep = setInterval(
      () =>
        track(
          service
            .removeGoneCustomers()
            .catch((err: unknown) => log.warn({ err }, 'removing gone customers failed')),
        ),
      Math.min(60_000, Math.max(250, customerGoneMs / 2)),
    );
    sweep.unref();

    // The assistant's normal reply to small talk while the customer waits (small_talk_while_waiting.ts).
    const responder = new CatalogResponder(ctx.catalog);
    const normalReply: NormalReply = (decision, understanding, turn) =>
      responder.respond(decision, understanding, turn);

    return {
      name: 'handoff',
      warmUp: (samples) => reader.warmUp(samples.map((s) => s.text)),
      steps: [
        { order: 0, step: new HandoffSessionStep(service, signals, policy, normalReply) },
        { order: 10, step: new FraudStep(service, signals, policy, ctx.customers, config) },
        {
          order: 20,
          step: new HandoffPolicyStep(
            service,
            signals,
            policy,
            ctx.customers,
            config,
            (locale) =>
              (ctx.catalog.intents.get('greeting')?.quickReplies?.[locale] ?? []).map((t) => ({
                label: t,
                text: t,
              })),
            new ArticleMeanwhile(ctx.knowledge, ctx.config.faqThreshold),
            normalReply,
          ),
        },
        {
          order: VETOED_INTENT_STEP_ORDER,
          step: new VetoedIntentStep(signals, ctx.config.faqThreshold),
        },
      ],
      async onSessionReset(_socket, previous) {
        // The previous customer walked away from the lobby screen: their place in the queue (or their chat
        // with an agent, who is told) ends, so no agent picks up a conversation nobody is at.
        const { id, locale } = previous.record;
        await service.cancelByCustomer(id, locale).catch((err: unknown) => {
          log.warn({ err, sessionId: id }, 'handoff cancel on session reset failed');
        });
      },
      onCustomer(socket, conversation) {
        delivery.register(socket, conversation);
        const fail = (err: unknown): void => {
          socket.emit('server.error', toServerError(err, conversation().record.locale, 'handoff.cancel'));
        };
        (socket as unknown as Socket).on('handoff.cancel', (payload: unknown) => {
          try {
            parseInbound(HandoffCancel, payload);
          } catch (err) {
            fail(err);
            return;
          }
          const { id, locale } = conversation().record;
          track(
            service
              .cancelByCustomer(id, locale)
              .then((ended) => {
                if (!ended) return void socket.emit('handoff.status', { state: 'cancelled' });
                return delivery.send(id, endedByCustomerReply(ended.state === 'with_agent'));
              })
              .catch(fail),
          );
        });
        // Whether a queued customer is still there, seen by agents on any node: this connection is recorded,
        // kept fresh while the conversation is handed over, and its close noted (offline when it was the last).
        const handedOver = (): boolean => readHandoff(conversation().record.context).active !== undefined;
        const heartbeat = setInterval(() => {
          if (handedOver())
            track(
              customerPresence
                .connected(conversation().record.id, socket.id)
                .catch((err: unknown) => log.warn({ err }, 'customer presence heartbeat failed')),
            );
        }, staleMs / 3);
        heartbeat.unref();
        socket.on('disconnect', () => {
          clearInterval(heartbeat);
          track(
            service
              .customerDisconnected(conversation().record.id, socket.id, handedOver())
              .catch((err: unknown) => log.warn({ err }, 'customer presence cleanup failed')),
          );
        });
        // A customer who reconnects (or resumes on another node) is there again, in the same place, and sees
        // where their handoff stands. One whose handoff ended while they were away (returned, closed, removed
        // as gone, cancelled from another tab) is told they are back with the assistant, so a page that only
        // lost its connection takes its queue card and agent line away; a new session has nothing to clear.
        const { id } = conversation().record;
        const resumed = socket.data.resumed;
        track(
          service
            .customerConnected(id, socket.id, handedOver())
            .then(() => queue.get(id))
            .then((t) => service.statusOf(t))
            .then((status) => {
              if (status) socket.emit('handoff.status', status);
              else if (resumed) {
                const ended = endedWhileAway(readHandoff(conversation().record.context));
                if (ended) socket.emit('handoff.status', ended);
              }
            })
            .catch((err: unknown) => log.warn({ err }, 'handoff status on connect failed')),
        );
      },
      routes: agentLoginRoutes({
        directory,
        tokens,
        throttle,
        tokenTtlMs: config.agentTokenTtlSec * 1000,
        logger: log,
      }),
      ownsAgentNamespace: true,
      health: () => ({
        queue: queue.kind,
        agents: directory.size,
        sandboxAgents: directory.sandbox,
        hours: config.hours,
        model: model ? model.thresholds : 'off',
      }),
      close: async () => {
        clearInterval(sweep);
        await inFlight.drain(ctx.config.shutdownGraceMs);
        await service.close();
      },
    };
  };
}

/** The handoff feature configured from process.env (the entry in server/features.ts). */
export const handoffFeature: FeatureFactory = createHandoffFeature();
