/**
 * What the page's state label (who is talking: the assistant listening, thinking or speaking, or a person)
 * shows. The server's `session.state` follows the voice path (speaking while a reply is read out, idle
 * after, thinking on a customer turn) and knows nothing of the agent, so while an agent is on the
 * conversation the label says so whatever the voice path does, until the agent hands the customer back
 * to the assistant, closes the chat or the customer leaves it (`handoff.status`).
 *
 *   view.setState(labelState(serverState, handoffLine.state));
 */
import type { HandoffStatus, SessionState } from '../../server/protocol/protocol.ts';

export function labelState(session: SessionState, handoff: HandoffStatus['state'] | null): SessionState {
  return handoff === 'with_agent' ? 'with_agent' : session;
}
