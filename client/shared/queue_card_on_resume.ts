/**
 * The queue card drawn again after a resume, for the app and the lobby screen. The server draws the card once,
 * with the reply that queued the customer; a reload loses it, and the app draws its list again from the
 * history (which has no cards) after a dropped connection. The server tells a resumed connection where the
 * handoff stands with one `handoff.status` (server/handoff/handoff_feature.ts, on connect), which may come
 * before or after `session.ready`. Once both have come on a connection, and the customer is still waiting
 * (queued, or nobody can take it now) with no card offering "stop waiting" on screen, `draw` is called:
 *
 *   const again = new QueueCardOnResume(queueCard, (status) => queueCard.track(renderCard(...)));
 *   socket.on('connect', () => again.connected());
 *   socket.on('session.ready', (ready) => { ...; again.ready(ready.resumed); });
 *   socket.on('handoff.status', (s) => { queueCard.update(s); again.status(s); });
 *   socket.on('reply.text', (reply) => { again.replied(); ... });
 *
 * Only the first status of a connection, before any reply, is the resume's: later ones are the live handoff,
 * whose card comes with its reply. A handoff that ended while the page was away is said as `returned`: nothing
 * is drawn, and `queueCard.update` takes away a card the page kept through a dropped connection.
 */
import type { Card, HandoffStatus } from '../../server/protocol/protocol.ts';
import type { QueueCard } from './queue_card.ts';

/** The states in which the customer waits and the card offers "stop waiting". */
const WAITING: ReadonlySet<HandoffStatus['state']> = new Set(['queued', 'unavailable']);

/** A queue card as the page draws it from a reply: the card's own words are filled in by QueueCard. */
export const BLANK_QUEUE_CARD: Card = {
  type: 'queue',
  title: '',
  fields: [],
  actions: [],
  sensitive: false,
};

export class QueueCardOnResume {
  /** null until this connection's `session.ready`. */
  private resumed: boolean | null = null;
  private latest: HandoffStatus | null = null;
  private settled = false;

  constructor(
    private readonly queueCard: Pick<QueueCard, 'offersLeaving'>,
    /** Draws the queue card for `status` (the page's card area, then `queueCard.track`). */
    private readonly draw: (status: HandoffStatus) => void,
  ) {}

  /** A new connection: its `session.ready` and status are still to come. */
  connected(): void {
    this.resumed = null;
    this.latest = null;
    this.settled = false;
  }

  ready(resumed: boolean): void {
    this.resumed = resumed;
    if (!resumed) this.settled = true;
    this.settle();
  }

  status(status: HandoffStatus): void {
    if (this.settled) return;
    this.latest = status;
    this.settle();
  }

  /** A reply came: from now on the card comes with the replies. */
  replied(): void {
    this.settled = true;
  }

  private settle(): void {
    if (this.settled || this.resumed !== true || !this.latest) return;
    this.settled = true;
    if (WAITING.has(this.latest.state) && !this.queueCard.offersLeaving) this.draw(this.latest);
  }
}
