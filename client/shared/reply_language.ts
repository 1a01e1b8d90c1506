/**
 * Whether a reply may switch the page's language. The page follows the server, which answers in the
 * language the customer typed or spoke in; but
 *  - a reply to a message sent before the customer switched the language by hand was written in the old
 *    one, and following it would undo the customer's choice;
 *  - a reply nobody on this page asked for (an agent's message, "an agent joined", "back to the
 *    assistant", the answer to a code typed into a card) is in the language the conversation was in when
 *    it was queued or started, not one the customer chose: it never switches the page.
 *
 *   const language = new ReplyLanguage();
 *   language.sent(clientMsgId);                  // with each message.text
 *   language.heard();                            // on transcript.final (a spoken turn)
 *   language.switched();                         // on the header's language switch
 *   if (language.follows(reply)) locale = reply.locale;
 */
import type { Reply } from '../../server/protocol/protocol.ts';

export class ReplyLanguage {
  /** How many times the customer has switched the language by hand. */
  private switches = 0;
  /** clientMsgId -> the number of switches when it was sent. */
  private readonly asked = new Map<string, number>();
  /** A spoken turn awaiting its answer (which carries no clientMsgId): the number of switches then. */
  private spoken: number | undefined;

  sent(clientMsgId: string): void {
    this.asked.set(clientMsgId, this.switches);
  }

  heard(): void {
    this.spoken = this.switches;
  }

  switched(): void {
    this.switches++;
  }

  /**
   * True for the answer to a message or a spoken turn since the latest switch, and for a reply to a
   * message this page does not know (sent before a reload); false otherwise.
   */
  follows(reply: Pick<Reply, 'inReplyTo' | 'kind'>): boolean {
    // An agent's words are in whatever language the agent typed; the reply carries the queue's language.
    if (reply.kind === 'agent') return false;
    if (reply.inReplyTo !== undefined) {
      const asked = this.asked.get(reply.inReplyTo);
      return asked === undefined || asked === this.switches;
    }
    const spoken = this.spoken;
    this.spoken = undefined;
    return spoken === this.switches;
  }
}
