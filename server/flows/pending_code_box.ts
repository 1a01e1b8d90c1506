/**
 * A customer who reloads the page (or reconnects) while the assistant waits for their SMS code or PIN gets
 * the code box back: the page rebuilds its history from the transcript, which holds the prompt's text but not
 * its card. Sent only to this socket and not stored (the prompt is already in the transcript).
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from '../protocol/protocol.ts';
import type { CustomerSocket } from '../socket/customer_namespace.ts';
import type { Conversation } from '../session/conversation.ts';
import { readVerification } from '../verification/verification_state.ts';
import { readFlow } from './flow_state.ts';
import { toReplyDraft } from './flow_replies.ts';
import { askCode, askPin } from './verification_prompts.ts';

export function pendingCodeBox(
  conversation: Conversation,
  verificationIdleMs: number,
  now: Date,
): Reply | null {
  const rec = conversation.record;
  const flow = readFlow(rec.context);
  const state = readVerification(rec.context, now, verificationIdleMs);
  if (flow?.awaiting !== 'verification' || state.resendAt !== undefined) return null;
  const out =
    state.pending === 'otp' && state.phoneMasked
      ? askCode(rec.locale, state.phoneMasked)
      : state.pending === 'pin'
        ? askPin(rec.locale)
        : null;
  if (!out) return null;
  const draft = toReplyDraft(out, {
    channel: rec.channel,
    locale: rec.locale,
    intent: null,
    confidence: 1,
    entities: [],
  });
  return { ...draft, replyId: randomUUID(), locale: rec.locale, at: now.getTime() };
}

export function resendPendingCodeBox(
  socket: CustomerSocket,
  conversation: Conversation,
  verificationIdleMs: number,
): void {
  const reply = pendingCodeBox(conversation, verificationIdleMs, new Date());
  if (reply) socket.emit('reply.text', reply);
}
