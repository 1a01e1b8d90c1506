/**
 * Delivers a reply made outside a turn (an agent's message, "agent joined", "back to the assistant") to a
 * customer on whichever node their socket is: locally through the core's `deliverReply` (so every
 * feature's `onReply` sees it and a lobby screen speaks it), and to the other nodes with a server-side
 * event over the socket.io Redis adapter, where each node does the same for its own sockets.
 *
 * A reply written in each language (`InEachLanguage`) reaches the customer in their session's language as
 * it is when the reply arrives on their node (the conversation's record there, which the language button
 * and a turn typed in the other language change), never in the language the handoff started in.
 */
import type { Namespace } from 'socket.io';
import type { FeatureContext } from '../feature.ts';
import type { Logger } from '../logger.ts';
import { z } from 'zod';
import { Reply, type Locale } from '../protocol/protocol.ts';
import type { Conversation } from '../session/conversation.ts';
import type { CustomerNamespace, CustomerSocket } from '../socket/customer_namespace.ts';
import type { InEachLanguage } from './handoff_replies.ts';

const EVENT = 'handoff:deliver';

/** What travels between nodes: one reply, or the same reply in each language. */
const Delivered = z.union([Reply, z.object({ 'zh-CN': Reply, en: Reply })]);
type Delivered = Reply | InEachLanguage;

export class CustomerDelivery {
  private readonly conversations = new WeakMap<CustomerSocket, () => Conversation>();

  constructor(
    private readonly customers: CustomerNamespace,
    private readonly deliver: FeatureContext['deliverReply'],
    /** True with the Redis adapter (several nodes); the in-memory adapter has no server-side events. */
    private readonly crossNode: boolean,
    private readonly logger: Logger,
  ) {
    if (crossNode)
      (customers as unknown as Namespace).on(EVENT, (sessionId: unknown, reply: unknown) => {
        const parsed = Delivered.safeParse(reply);
        if (typeof sessionId !== 'string' || !parsed.success) return;
        this.local(sessionId, parsed.data).catch((err: unknown) =>
          this.logger.warn({ err }, 'handoff reply delivery failed'),
        );
      });
  }

  /** Remembers a connected customer's conversation (from `onCustomer`). */
  register(socket: CustomerSocket, conversation: () => Conversation): void {
    this.conversations.set(socket, conversation);
  }

  async send(sessionId: string, reply: Delivered): Promise<void> {
    if (this.crossNode) (this.customers as unknown as Namespace).serverSideEmit(EVENT, sessionId, reply);
    await this.local(sessionId, reply);
  }

  private async local(sessionId: string, reply: Delivered): Promise<void> {
    for (const socket of this.customers.sockets.values()) {
      if (socket.data.record?.id !== sessionId) continue;
      const conversation = this.conversations.get(socket)?.();
      const locale = conversation?.record.locale ?? socket.data.record.locale;
      const inLocale = inLanguage(reply, locale);
      if (conversation) await this.deliver(socket, inLocale, conversation);
      else socket.emit('reply.text', inLocale);
    }
  }
}

function inLanguage(reply: Delivered, locale: Locale): Reply {
  return 'replyId' in reply ? reply : reply[locale];
}
