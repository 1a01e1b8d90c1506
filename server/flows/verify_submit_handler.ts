/**
 * `verify.submit {method, code}` from a verify card: checked by the VerificationService, then the running
 * flow carries on (`FlowEngine.resume`) and the reply is emitted and saved. The code itself is never written
 * anywhere: not to the transcript (only the assistant's reply is), not to the session, not to a log.
 * Failures answer with typed errors: E_VERIFICATION_FAILED (attempts left), E_CODE_EXPIRED (expired, used or
 * not asked for), E_VERIFICATION_LOCKED (after five failures; the flow ends and an agent is offered).
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import { AppError, toServerError } from '../errors.ts';
import type { FeatureContext } from '../feature.ts';
import type { Logger } from '../logger.ts';
import { VerifySubmit, type Locale, type Reply } from '../protocol/protocol.ts';
import type { TurnContext } from '../pipeline/stages.ts';
import type { Conversation } from '../session/conversation.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { parseInbound } from '../socket/inbound_guard.ts';
import type { CustomerSocket } from '../socket/customer_namespace.ts';
import { TokenBucket } from '../socket/token_bucket.ts';
import type { VerificationService } from '../verification/verification_service.ts';
import { readVerification, writeVerification } from '../verification/verification_state.ts';
import type { FlowEngine, StepOutcome } from './flow_engine.ts';
import { locked } from './verification_prompts.ts';

export interface VerifySubmitDeps {
  engine: FlowEngine;
  verification: VerificationService;
  verificationIdleMs: number;
  logger: Logger;
  /** Sends the reply and lets other features (speech) see it; defaults to a plain emit. */
  deliverReply?: FeatureContext['deliverReply'];
}

const attemptsLeft = (n: number, locale: Locale): string =>
  locale === 'zh-CN' ? `还可尝试${n}次` : `${n} attempt${n === 1 ? '' : 's'} left`;

export function attachVerifySubmit(
  socket: CustomerSocket,
  conversation: () => Conversation,
  deps: VerifySubmitDeps,
): void {
  const bucket = new TokenBucket(2, 8);
  let queue: Promise<void> = Promise.resolve();

  const handle = async (payload: unknown): Promise<void> => {
    if (!bucket.take()) throw new AppError('E_RATE_LIMITED');
    const { method, code } = parseInbound(VerifySubmit, payload);
    const conv = conversation();
    const rec = conv.record;
    const now = new Date();
    const ctxWith = (context: DialogueContext): TurnContext => ({
      session: { ...rec, context },
      channel: rec.channel,
      locale: rec.locale,
      now,
    });
    const state = readVerification(rec.context, now, deps.verificationIdleMs);
    const outcome = await deps.verification.submit(rec.id, state, method, code, now);
    switch (outcome.status) {
      case 'ok':
        return emit(
          conv,
          await deps.engine.resume(ctxWith(writeVerification(rec.context, outcome.state))),
          now,
        );
      case 'failed':
        throw new AppError('E_VERIFICATION_FAILED', attemptsLeft(outcome.remaining, rec.locale));
      case 'expired':
        throw new AppError('E_CODE_EXPIRED');
      case 'locked': {
        const out = locked(rec.locale, outcome.lockedForMin);
        await emit(conv, deps.engine.locked(ctxWith(rec.context), outcome.state, out), now);
        throw new AppError('E_VERIFICATION_LOCKED');
      }
    }
  };

  const emit = async (conv: Conversation, result: StepOutcome, now: Date): Promise<void> => {
    if (!result.reply) return;
    const reply: Reply = {
      ...result.reply,
      replyId: randomUUID(),
      locale: conv.record.locale,
      at: now.getTime(),
    };
    await conv.update(
      (r) => ({ ...r, context: result.context, lastActiveAt: now.getTime() }),
      [
        {
          id: reply.replyId,
          role: 'assistant',
          text: reply.text,
          at: reply.at,
          meta: {
            kind: reply.kind,
            decision: result.decision.type,
            ...(reply.card ? { card: reply.card.type } : {}),
          },
        },
      ],
    );
    if (deps.deliverReply) await deps.deliverReply(socket, reply, conv);
    else socket.emit('reply.text', reply);
  };

  (socket as unknown as Socket).on('verify.submit', (payload: unknown) => {
    queue = queue
      .then(() => handle(payload))
      .catch((err: unknown) => {
        if (!(err instanceof AppError)) deps.logger.error({ err }, 'verify.submit failed');
        socket.emit('server.error', toServerError(err, conversation().record.locale, 'verify.submit'));
      });
  });
}
