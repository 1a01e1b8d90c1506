/**
 * Test support: a conversation watched for handoffs, for the suites on what stays with the assistant and what
 * goes to a person.
 */
import type { HandoffStatus, Locale, Reply } from '../../protocol/protocol.ts';
import { say, type CustomerConversations } from './customer_conversations.ts';

/**
 * Opens a new app conversation in `locale`, says `texts` in order and waits a moment for a late status: the
 * reply to each, and every handoff status sent meanwhile.
 */
export async function talkWatchingHandoff(
  conversations: CustomerConversations,
  locale: Locale,
  texts: readonly string[],
): Promise<[Reply[], HandoffStatus[]]> {
  const { socket } = await conversations.open(locale);
  const statuses: HandoffStatus[] = [];
  socket.on('handoff.status', (s: HandoffStatus) => statuses.push(s));
  const replies: Reply[] = [];
  for (const text of texts) replies.push(await say(socket, text));
  await new Promise((done) => setTimeout(done, 100));
  return [replies, statuses];
}
