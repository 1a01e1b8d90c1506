/**
 * A feature plugs into a server node without editing the core: turn steps, customer-socket handlers, HTTP
 * routes, the agent namespace, reply listeners (e.g. speech), health and capabilities. `server/features.ts`
 * lists the features a node runs; tests can pass their own list to `startServer`.
 */
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { Capabilities, Reply } from './protocol/protocol.ts';
import type { IntentCatalog } from './nlu/intent_catalog.ts';
import type { KnowledgeBase } from './nlu/understanding.ts';
import type { TurnStep } from './pipeline/stages.ts';
import type { WarmUpSample } from './pipeline/warm_up.ts';
import type { RouteHandler } from './http/http_routes.ts';
import type { SessionStore } from './session/session_store.ts';
import type { Conversation } from './session/conversation.ts';
import type { CustomerNamespace, CustomerSocket } from './socket/customer_namespace.ts';

export interface FeatureContext {
  readonly config: Config;
  readonly logger: Logger;
  /** null when the node runs with the in-memory store. */
  readonly redis: Redis | null;
  readonly io: Server;
  /** The `/customer` namespace; emit to `sessionRoom(id)` to reach a customer on any node. */
  readonly customers: CustomerNamespace;
  readonly store: SessionStore;
  readonly catalog: IntentCatalog;
  readonly knowledge: KnowledgeBase | null;
  /**
   * Sends a reply produced outside a text turn (after a code, from an agent...) to the customer socket and
   * lets every feature's `onReply` see it (so a lobby screen speaks it).
   */
  deliverReply(socket: CustomerSocket, reply: Reply, conversation: Conversation): Promise<void>;
}

export interface Feature {
  readonly name: string;
  /** Turn steps with their order (lower runs first; default 50). */
  steps?: Array<{ order?: number; step: TurnStep }>;
  /** Called for every connected customer socket, after the core handlers. */
  onCustomer?(socket: CustomerSocket, conversation: () => Conversation): void;
  /**
   * Called when a lobby screen resets for the next customer, with the conversation being left (before the
   * fresh one is ready): what belonged to the previous customer (a place in the agent queue) ends here.
   */
  onSessionReset?(socket: CustomerSocket, previous: Conversation): Promise<void>;
  /**
   * Called after `session.ready` on a resumed conversation (a reload or a reconnect), so a feature can put
   * back what the page lost with it (a code box the customer had not filled in yet).
   */
  onResumed?(socket: CustomerSocket, conversation: Conversation): Promise<void>;
  /** Called after each reply is emitted to a customer (speech synthesis, metrics). */
  onReply?(socket: CustomerSocket, reply: Reply, conversation: Conversation): void | Promise<void>;
  routes?: RouteHandler[];
  /** True when this feature attaches the `/agent` namespace (otherwise it stays closed). */
  ownsAgentNamespace?: boolean;
  health?(): Record<string, unknown>;
  /** Runs its per-message work on sample texts before the node listens, storing nothing (`warm_up.ts`). */
  warmUp?(samples: readonly WarmUpSample[]): void | Promise<void>;
  /** Merged into the capabilities sent to clients. */
  capabilities?(base: Capabilities): Capabilities;
  close?(): Promise<void>;
}

export type FeatureFactory = (ctx: FeatureContext) => Feature | Promise<Feature>;
