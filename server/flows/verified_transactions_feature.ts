/**
 * Verified transactions as a feature: the sandbox core (Redis or memory) or a bank's own `CoreBanking`,
 * identity verification (SMS code, PIN, lockouts), the flows' turn steps (an amount correction is taken before
 * the handoff steps, amount_correction_step.ts), the `verify.submit` handler, the queue-ticket page and, in
 * sandbox mode only, the `/sandbox/inbox` page.
 *
 * `SANDBOX_MODE` (default on: the sandbox core is the only core this repository ships) decides whether the
 * inbox page exists and whether codes go to it; with it off and no SMS gateway given, codes are dropped.
 */
import type { AuditLog } from '../banking/audit_log.ts';
import {
  MemoryBranchServices,
  RedisBranchServices,
  type BranchServices,
} from '../banking/branch_services.ts';
import type { CoreBanking } from '../banking/core_banking.ts';
import { MemoryCoreBanking } from '../banking/memory_core_banking.ts';
import { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import { SANDBOX_CUSTOMERS } from '../banking/sandbox_seed.ts';
import type { Feature, FeatureContext, FeatureFactory } from '../feature.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import type { EntityExtractor } from '../nlu/understanding.ts';
import { DEFAULT_LOCKOUT, Lockout, type LockoutPolicy } from '../verification/lockout.ts';
import { MemoryTtlStore } from '../verification/memory_ttl_store.ts';
import { DEFAULT_OTP, OtpVerifier, type OtpOptions } from '../verification/otp_verifier.ts';
import { hashPin, PinVerifier } from '../verification/pin_verifier.ts';
import { RedisTtlStore } from '../verification/redis_ttl_store.ts';
import { sharedSecret } from '../verification/shared_secret.ts';
import { sandboxInboxRoute } from '../verification/sandbox_inbox_route.ts';
import {
  MemorySandboxInbox,
  RedisSandboxInbox,
  SandboxSmsGateway,
  type SandboxInbox,
} from '../verification/sandbox_sms_gateway.ts';
import { NullSmsGateway, type SmsGateway } from '../verification/sms_gateway.ts';
import { VerificationService } from '../verification/verification_service.ts';
import type { Verifier } from '../verification/verifier.ts';
import { FlowEngine, type FlowEngineOptions } from './flow_engine.ts';
import { resendPendingCodeBox } from './pending_code_box.ts';
import { queueTicketRoute } from './queue_ticket_route.ts';
import { DEFAULT_RISK, type RiskPolicy } from './risk_checks.ts';
import { TRANSACTIONS_STEP_ORDER, TransactionsStep } from './transactions_step.ts';
import { AMOUNT_CORRECTION_STEP_ORDER, AmountCorrectionStep } from './amount_correction_step.ts';
import { attachVerifySubmit } from './verify_submit_handler.ts';

export interface VerifiedTransactionsOptions {
  /** Default: `SANDBOX_MODE` from the environment, on unless "false" or "0". */
  sandboxMode?: boolean;
  /** A bank's own core; default the sandbox core (seeded with the documented customers). */
  core?: CoreBanking;
  audit?: AuditLog;
  branches?: BranchServices;
  sms?: SmsGateway;
  /** Extra factors (face, voiceprint) next to the SMS code and the PIN. */
  verifiers?: Verifier[];
  /** HMAC key for codes, shared by all nodes (`VERIFICATION_SECRET`); default a random key kept in Redis. */
  secret?: string;
  /** Base URL in queue-ticket QR codes (`PUBLIC_URL`). */
  publicUrl?: string;
  kioskBranchId?: string;
  flowIdleMs?: number;
  verificationIdleMs?: number;
  otp?: Partial<OtpOptions>;
  lockout?: Partial<LockoutPolicy>;
  risk?: Partial<RiskPolicy>;
  /** Entity extractor used when the understanding stage has none; null to rely on the stage only. */
  entities?: EntityExtractor | null;
  /**
   * Called with the flow step once built, for a feature that starts flows outside the policy's decision
   * (the language model's `start_flow` tool call, through `LlmHub.startFlowsWith`).
   */
  onStep?: (step: TransactionsStep) => void;
}

/** The feature with its services exposed (tests, tools). */
export interface TransactionsFeature extends Feature {
  readonly core: CoreBanking;
  readonly audit: AuditLog;
  readonly branches: BranchServices;
  readonly verification: VerificationService;
  readonly engine: FlowEngine;
  readonly inbox: SandboxInbox | null;
}

const envFlag = (v: string | undefined, fallback: boolean): boolean =>
  v === undefined || v === '' ? fallback : !['false', '0', 'off', 'no'].includes(v.toLowerCase());

/** Sandbox PIN hashes, computed once per process (scrypt is deliberately slow). */
let sandboxPinHashes: Promise<Array<[string, string]>> | undefined;
function sandboxPins(): Promise<Array<[string, string]>> {
  sandboxPinHashes ??= Promise.all(
    SANDBOX_CUSTOMERS.map(async (c): Promise<[string, string]> => [c.profile.id, await hashPin(c.pin)]),
  );
  return sandboxPinHashes;
}

export function verifiedTransactionsWith(options: VerifiedTransactionsOptions = {}): FeatureFactory {
  return async (ctx: FeatureContext): Promise<TransactionsFeature> => {
    const { redis, config, logger } = ctx;
    const prefix = config.redisKeyPrefix;
    const sandbox = options.sandboxMode ?? envFlag(process.env.SANDBOX_MODE, true);

    let core = options.core;
    let audit = options.audit;
    if (!core) {
      if (redis) {
        const sandboxCore = new RedisCoreBanking(redis, prefix);
        await sandboxCore.seed();
        core = sandboxCore;
        audit ??= sandboxCore.audit;
      } else {
        const sandboxCore = new MemoryCoreBanking();
        core = sandboxCore;
        audit ??= sandboxCore.audit;
      }
    }
    if (!audit) throw new Error('verified transactions: an AuditLog is required with a custom CoreBanking');

    const store = redis ? new RedisTtlStore(redis, `${prefix}verify:`) : new MemoryTtlStore();
    const branches =
      options.branches ??
      (redis ? new RedisBranchServices(redis, prefix, audit) : new MemoryBranchServices(audit));
    const inbox = sandbox
      ? redis
        ? new RedisSandboxInbox(redis, `${prefix}sandbox:inbox`)
        : new MemorySandboxInbox()
      : null;
    const sms = options.sms ?? (inbox ? new SandboxSmsGateway(inbox) : new NullSmsGateway());
    if (sms.kind === 'none') logger.warn({}, 'sandbox mode is off and no SMS gateway is configured');

    const pins = new PinVerifier(store);
    if (!options.core) for (const [id, hash] of await sandboxPins()) await pins.seedHash(id, hash);
    const otp = new OtpVerifier(
      store,
      sharedSecret(store, options.secret ?? process.env.VERIFICATION_SECRET),
      {
        ...DEFAULT_OTP,
        ...options.otp,
      },
    );
    const verification = new VerificationService({
      core,
      sms,
      otp,
      verifiers: [otp, pins, ...(options.verifiers ?? [])],
      lockout: new Lockout(store, { ...DEFAULT_LOCKOUT, ...options.lockout }),
      logger,
    });

    const engineOptions: FlowEngineOptions = {
      flowIdleMs: options.flowIdleMs ?? 5 * 60_000,
      verificationIdleMs: options.verificationIdleMs ?? 10 * 60_000,
      faqThreshold: config.faqThreshold,
      kioskBranchId: options.kioskBranchId ?? process.env.KIOSK_BRANCH_ID ?? 'b1',
      risk: { ...DEFAULT_RISK, ...options.risk },
    };
    const entities = options.entities === undefined ? new RuleEntityExtractor() : options.entities;
    const engine = new FlowEngine({
      core,
      audit,
      branches,
      verification,
      catalog: ctx.catalog,
      knowledge: ctx.knowledge,
      entities,
      logger,
      publicUrl: options.publicUrl ?? process.env.PUBLIC_URL ?? `http://localhost:${config.port}`,
      options: engineOptions,
    });
    const step = new TransactionsStep(engine);
    options.onStep?.(step);
    logger.info({ core: core.kind, sandbox, sms: sms.kind }, 'verified transactions ready');

    return {
      name: 'transactions',
      core,
      audit,
      branches,
      verification,
      engine,
      inbox,
      steps: [
        // "I said 300" at a transfer's read-back: the flow's, before the fraud guard hears a scam in it.
        {
          order: AMOUNT_CORRECTION_STEP_ORDER,
          step: new AmountCorrectionStep(engine, entities, engineOptions.flowIdleMs),
        },
        { order: TRANSACTIONS_STEP_ORDER, step },
      ],
      onCustomer: (socket, conversation) =>
        attachVerifySubmit(socket, conversation, {
          engine,
          verification,
          verificationIdleMs: engineOptions.verificationIdleMs,
          logger,
          deliverReply: ctx.deliverReply,
        }),
      onResumed: async (socket, conversation) =>
        resendPendingCodeBox(socket, conversation, engineOptions.verificationIdleMs),
      routes: [queueTicketRoute(branches), ...(inbox ? [sandboxInboxRoute(inbox)] : [])],
      health: () => ({ core: core.kind, sandbox, sms: sms.kind }),
    };
  };
}

/** The default entry for `server/features.ts`. */
export const verifiedTransactions: FeatureFactory = (ctx) => verifiedTransactionsWith()(ctx);
