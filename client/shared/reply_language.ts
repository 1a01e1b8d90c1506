/**
 * Whether a reply may switch the page's language. The page follows the server, which answers in the
 * language the customer typed in; but a reply to a message sent before the customer switched the language
 * by hand was written in the old one, and following it would undo the customer's choice.
 *
 *   const language = new ReplyLanguage();
 *   language.sent(clientMsgId);                  // with each message.text
 *   language.switched();                         // on the header's language switch
 *   if (language.follows(reply)) locale = reply.locale;
 */
import type { Reply } from '../../server/protocol/protocol.ts';

export class ReplyLanguage {
  /** How many times the customer has switched the language by hand. */
  private switches = 0;
  /** clientMsgId -> the number of switches when it was sent. */
  private readonly asked = new Map<string, number>();

  sent(clientMsgId: string): void {
    this.asked.set(clientMsgId, this.switches);
  }

  switched(): void {
    this.switches++;
  }

  /** False for a reply to a message sent before the latest switch; true otherwise (agents, voice, unknown). */
  follows(reply: Pick<Reply, 'inReplyTo'>): boolean {
    const asked = reply.inReplyTo === undefined ? undefined : this.asked.get(reply.inReplyTo);
    return asked === undefined || asked === this.switches;
  }
}
