/**
 * Test support for verified transactions: a real server with the feature on its own Redis prefix (or in
 * memory), a chat driver over a real socket.io client, and a scripted pipeline for tests that must not
 * depend on the intent model or the knowledge base.
 */
import type { RunningServer, StartOptions } from '../../app.ts';
import type { FeatureFactory } from '../../feature.ts';
import { CatalogResponder } from '../../dialogue/catalog_responder.ts';
import { ThresholdPolicy } from '../../dialogue/threshold_policy.ts';
import { RuleEntityExtractor } from '../../nlu/entities/extract_entities.ts';
import { loadIntentCatalog } from '../../nlu/intent_catalog.ts';
import { ScriptedClassifier } from '../../nlu/testing/scripted_classifier.ts';
import type { IntentScore, KnowledgeBase } from '../../nlu/understanding.ts';
import { TextNormalizer } from '../../pipeline/normalize_text.ts';
import type { TurnStep } from '../../pipeline/stages.ts';
import { TurnPipeline } from '../../pipeline/turn_pipeline.ts';
import { UnderstandStage } from '../../pipeline/understand_stage.ts';
import type { Channel, Locale, Reply, ServerError } from '../../protocol/protocol.ts';
import {
  customer,
  deleteKeys,
  next,
  REDIS_TEST_URL,
  testPrefix,
  testServer,
  type ClientSocket,
} from '../../test/support/harness.ts';
import {
  verifiedTransactionsWith,
  type TransactionsFeature,
  type VerifiedTransactionsOptions,
} from '../verified_transactions_feature.ts';

export interface TransactionsServer {
  server: RunningServer;
  feature: TransactionsFeature;
  prefix: string | null;
  close(): Promise<void>;
}

export async function transactionsServer(
  options: VerifiedTransactionsOptions & {
    redis?: boolean;
    pipeline?: (steps: TurnStep[]) => TurnPipeline;
    /** Steps that run before the feature's (scripted pipelines only). */
    before?: TurnStep[];
    /** Other features beside it (e.g. handoff), with the server's own pipeline. */
    features?: FeatureFactory[];
  } = {},
): Promise<TransactionsServer> {
  const { redis = true, pipeline, before = [], features = [], ...featureOptions } = options;
  const prefix = redis ? testPrefix() : null;
  const steps: TurnStep[] = [...before];
  const factory: FeatureFactory = async (ctx) => {
    // The night-hours check depends on the wall clock (00:00-06:00 in Shanghai is 16:00-22:00 UTC), so
    // scenario tests would pass or fail by the time of day. It is off here unless a test sets it; the
    // risk checks' own unit tests cover it with fixed dates.
    const risk = { unusualHours: [0, 0] as [number, number], ...featureOptions.risk };
    const f = (await verifiedTransactionsWith({ sandboxMode: true, ...featureOptions, risk })(
      ctx,
    )) as TransactionsFeature;
    steps.push(...(f.steps ?? []).map((s) => s.step));
    return f;
  };
  const start: StartOptions = {
    features: [factory, ...features],
    ...(pipeline ? { pipeline: pipeline(steps) } : {}),
  };
  const server = await testServer(prefix ? { redisUrl: REDIS_TEST_URL, redisKeyPrefix: prefix } : {}, start);
  const feature = server.features.find((f) => f.name === 'transactions') as TransactionsFeature;
  return {
    server,
    feature,
    prefix,
    close: async () => {
      await server.close();
      if (prefix) await deleteKeys(prefix);
    },
  };
}

/** A customer conversation driven over a real socket. */
/** The value a reply's card shows beside `label` ("金额", "Amount"), if it shows one. */
export const cardField = (r: Reply, label: string): string | undefined =>
  r.card?.fields.find((f) => f.label === label)?.value;

/** Opens an app conversation in `locale`, says `texts` in order and closes it: the reply to each. */
export async function talk(
  kit: TransactionsServer,
  locale: Locale,
  texts: readonly string[],
): Promise<Reply[]> {
  const chat = await Chat.open(kit, 'app', locale);
  const replies: Reply[] = [];
  for (const text of texts) replies.push(await chat.say(text));
  chat.close();
  return replies;
}

export class Chat {
  readonly replies: Reply[] = [];
  readonly errors: ServerError[] = [];
  private constructor(
    readonly socket: ClientSocket,
    readonly sessionId: string,
    private readonly kit: TransactionsServer,
  ) {
    socket.on('reply.text', (r: Reply) => this.replies.push(r));
    socket.on('server.error', (e: ServerError) => this.errors.push(e));
  }

  static async open(
    kit: TransactionsServer,
    channel: Channel = 'app',
    locale: Locale = 'zh-CN',
  ): Promise<Chat> {
    const socket = customer(kit.server.url, { channel, locale });
    const ready = await next<{ sessionId: string }>(socket, 'session.ready');
    return new Chat(socket, ready.sessionId, kit);
  }

  async say(text: string): Promise<Reply> {
    const reply = next<Reply>(this.socket, 'reply.text');
    this.socket.emit('message.text', { text });
    return reply;
  }

  /** Submits a code; resolves with the reply (success) or the error (refused). */
  async submit(method: 'otp' | 'pin', code: string): Promise<{ reply?: Reply; error?: ServerError }> {
    const before = { r: this.replies.length, e: this.errors.length };
    this.socket.emit('verify.submit', { method, code });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const error = this.errors[before.e];
      const reply = this.replies[before.r];
      // A lockout sends its warning reply first, then the error: wait for the error when a reply came.
      if (error) return { ...(reply ? { reply } : {}), error };
      if (reply && reply.card?.type !== 'warning') return { reply };
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no answer to verify.submit');
  }

  /** The newest code texted to the phone ending in `tail` (from the sandbox inbox). */
  async latestCode(tail: string): Promise<string> {
    const inbox = this.kit.feature.inbox;
    if (!inbox) throw new Error('sandbox inbox is off');
    const m = (await inbox.list(50)).find((x) => x.to.endsWith(tail));
    const code = m ? /\d{6}/.exec(m.text)?.[0] : undefined;
    if (!code) throw new Error(`no code for phone ending ${tail}`);
    return code;
  }

  /** Phone -> SMS code -> (PIN): the whole verification. Returns the reply after the last factor. */
  async verify(phone: string, pin?: string): Promise<Reply> {
    const prompt = await this.say(phone);
    if (prompt.card?.verify?.method !== 'otp') throw new Error(`expected a code prompt, got: ${prompt.text}`);
    const otp = await this.submit('otp', await this.latestCode(phone.slice(-4)));
    if (!otp.reply) throw new Error(`code refused: ${otp.error?.code}`);
    if (otp.reply.card?.verify?.method !== 'pin') return otp.reply;
    if (!pin) throw new Error('a PIN was asked for');
    const done = await this.submit('pin', pin);
    if (!done.reply) throw new Error(`PIN refused: ${done.error?.code}`);
    return done.reply;
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * A real pipeline with a scripted classifier (exact texts -> intents), the real catalog, the rule entity
 * extractor and an optional knowledge base, with the feature's steps.
 */
export function scriptedPipeline(
  script: Record<string, IntentScore[]>,
  knowledge?: KnowledgeBase,
): (steps: TurnStep[]) => TurnPipeline {
  const catalog = loadIntentCatalog(new URL('../../../intents', import.meta.url).pathname);
  return (steps) =>
    new TurnPipeline({
      normalizer: new TextNormalizer(),
      understander: new UnderstandStage({
        classifier: new ScriptedClassifier(script),
        entities: new RuleEntityExtractor(),
        ...(knowledge ? { knowledge } : {}),
      }),
      policy: new ThresholdPolicy(catalog, {
        intentThreshold: 0.55,
        clarifyFloor: 0.25,
        clarifyMargin: 0.15,
        faqThreshold: 0.45,
      }),
      responder: new CatalogResponder(catalog),
      steps,
    });
}
