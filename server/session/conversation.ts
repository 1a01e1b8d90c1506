/**
 * One conversation on this node: runs its turns one at a time through the pipeline, writes the masked
 * transcript and the new session state in one store call, and only then commits the state in memory, so a
 * store failure leaves the conversation exactly as it was (the customer can resend).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { Channel, Locale, Reply } from '../protocol/protocol.ts';
import { maskCustomerMessage, maskSensitive } from '../privacy/mask.ts';
import type { TurnPipeline } from '../pipeline/turn_pipeline.ts';
import type { TurnContext, TurnResult } from '../pipeline/stages.ts';
import type { SessionRecord, TranscriptEntry } from './session_record.ts';
import type { SessionStore } from './session_store.ts';
import { TurnCancellation } from './turn_cancellation.ts';
import { typedLanguage } from './typed_language.ts';
import { languageWish } from '../dialogue/language_switch.ts';

export interface TurnOutcome {
  /** null when nobody answers now (e.g. forwarded to a human agent). */
  reply: Reply | null;
  result: TurnResult;
}

export class Conversation {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private current: TurnCancellation | null = null;

  constructor(
    private rec: SessionRecord,
    private readonly deps: { store: SessionStore; pipeline: TurnPipeline; maxPendingTurns?: number },
  ) {}

  get record(): Readonly<SessionRecord> {
    return this.rec;
  }

  /**
   * Cancels the turn being generated (barge-in): steps and providers that honour the signal stop; the
   * turn then fails with an AbortError and nothing of it is stored.
   */
  cancelCurrentTurn(reason = 'barge_in'): boolean {
    return this.current?.cancel(new DOMException(reason, 'AbortError')) ?? false;
  }

  /** Queues a customer message; turns of one conversation never overlap. */
  handleText(text: string, clientMsgId?: string, signal?: AbortSignal): Promise<TurnOutcome> {
    if (this.pending >= (this.deps.maxPendingTurns ?? 4)) return Promise.reject(new AppError('E_BUSY'));
    this.pending++;
    const run = this.queue.then(() => this.turn(text, clientMsgId, signal));
    // The chain settles to nothing: it must not keep this turn's outcome (understanding, reply) alive until
    // the customer's next message, which would make every scavenge copy it.
    this.queue = run.then(settled, settled).finally(() => this.pending--);
    return run;
  }

  /**
   * The customer chose a language. It waits for the turn in progress like any other change (see `update`):
   * otherwise that turn, stored afterwards with the language it started in, would undo the choice.
   */
  setLocale(locale: Locale): Promise<void> {
    return this.update((r) => ({ ...r, locale, lastActiveAt: Date.now() }));
  }

  /**
   * Persists a state or context change made outside a text turn (verification, handoff...). It waits for the
   * turn in progress, so the two never overwrite each other's context.
   */
  update(patch: (r: SessionRecord) => SessionRecord, entries: TranscriptEntry[] = []): Promise<void> {
    const run = this.queue.then(async () => {
      const next = patch(structuredClone(this.rec));
      await this.deps.store.saveTurn(next, entries.map(maskEntry));
      this.rec = next;
    });
    this.queue = run.then(settled, settled);
    return run;
  }

  private async turn(
    text: string,
    clientMsgId: string | undefined,
    signal?: AbortSignal,
  ): Promise<TurnOutcome> {
    const now = new Date();
    const cancellation = new TurnCancellation(signal);
    this.current = cancellation;
    // The language the customer asked for ("switch to English", "说中文"), else the one they clearly typed
    // in when it is the other one; kept only if the turn is stored.
    const wanted = languageWish(text)?.target ?? typedLanguage(text);
    const rec = wanted && wanted !== this.rec.locale ? { ...this.rec, locale: wanted } : this.rec;
    const switchedFrom = rec === this.rec ? undefined : this.rec.locale;
    let result: TurnResult;
    try {
      result = await this.deps.pipeline.run(text, new TurnRun(rec, now, cancellation, switchedFrom, text));
      cancellation.throwIfAborted();
    } finally {
      if (this.current === cancellation) this.current = null;
    }
    const at = now.getTime();
    const u = result.understanding;
    const reply: Reply | null = result.reply && {
      ...result.reply,
      replyId: randomUUID(),
      ...(clientMsgId === undefined ? {} : { inReplyTo: clientMsgId }),
      locale: rec.locale,
      at,
    };
    const entries: TranscriptEntry[] = [
      {
        id: clientMsgId ?? randomUUID(),
        role: 'customer',
        text,
        at,
        meta: {
          intent: u.intent.top?.intent ?? null,
          confidence: round(u.intent.top?.confidence ?? 0),
          sentiment: round(u.sentiment),
          entities: u.entities.map((e) => e.type),
        },
      },
    ];
    if (reply) {
      entries.push({
        id: reply.replyId,
        role: 'assistant',
        text: reply.text,
        at,
        meta: {
          kind: reply.kind,
          intent: reply.intent,
          confidence: round(reply.confidence),
          decision: result.decision.type,
          ...(reply.source ? { source: reply.source.id } : {}),
          ...(reply.card ? { card: reply.card.type } : {}),
        },
      });
    }
    const next: SessionRecord = {
      ...rec,
      context: result.context,
      turnCount: rec.turnCount + 1,
      lastActiveAt: at,
    };
    await this.deps.store.saveTurn(next, entries.map(maskEntry));
    this.rec = next;
    return { reply, result };
  }
}

/** What the pipeline sees of one turn; its AbortSignal is made only if a step asks for it. */
class TurnRun implements TurnContext {
  readonly channel: Channel;
  readonly locale: Locale;

  constructor(
    readonly session: Readonly<SessionRecord>,
    readonly now: Date,
    private readonly cancellation: TurnCancellation,
    readonly switchedFrom?: Locale,
    readonly typed?: string,
  ) {
    this.channel = session.channel;
    this.locale = session.locale;
  }

  get signal(): AbortSignal {
    return this.cancellation.signal;
  }

  throwIfCancelled(): void {
    this.cancellation.throwIfAborted();
  }
}

function settled(): void {
  // the turn's own promise reports its outcome or error to its caller
}

function maskEntry(e: TranscriptEntry): TranscriptEntry {
  const text = e.role === 'customer' ? maskCustomerMessage(e.text) : maskSensitive(e.text);
  return { ...e, text };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
