/**
 * The lobby screen's card area: one card at a time, the newest reply's (a verify code box, a balance, a
 * queue ticket with its QR code, a warning, a receipt...), drawn by the shared `renderCard`.
 *
 * A reply with a card replaces the card on screen. A reply without one takes it away (the screen should
 * not keep showing a balance once the conversation moved on), except a verify card still waiting for its
 * code when the reply is not the flow's own (an aside, an agent's message): the flow still expects the
 * code. The flow's own replies carry the verify card again while it waits, so a flow reply without a card
 * (cancelled, timed out) takes it away too. A queue card stays while the customer waits (it follows the
 * handoff and goes when the wait ends, queue_card.ts). `clear()` empties the area for the next customer;
 * `relabel()` puts the page's own words on the card in the new language after a switch. A sent card is
 * read-only until the server answers; `refused(error)` gives it back after a retryable error (a wrong code).
 */
import type { Card, Locale, Reply, ServerError } from '../../server/protocol/protocol.ts';
import {
  cardsAnswered,
  cardsRefused,
  clearCards,
  relabelCards,
  renderCard,
  type CardOptions,
} from '../shared/cards.ts';

export class KioskCards {
  constructor(
    private readonly area: HTMLElement,
    private readonly actions: Pick<CardOptions, 'send' | 'submitVerify'>,
    private readonly locale: () => Locale,
  ) {}

  /** Shows the reply's card (returned, for a queue card to be kept in step) or takes the old one away. */
  show(reply: Pick<Reply, 'kind'> & { card?: Card | undefined }): HTMLElement | null {
    cardsAnswered(this.area, reply);
    if (reply.card) {
      this.clear();
      return renderCard(this.area, reply.card, { ...this.actions, locale: this.locale(), channel: 'kiosk' });
    }
    const waiting = this.area.querySelector('.bdh-card[data-card-type="verify"][data-live]');
    // The queue card stays while the customer waits: its place is kept true and its button leaves the queue.
    const queued = this.area.querySelector('.bdh-card[data-card-type="queue"][data-live]');
    if (queued) return null;
    if (!waiting || reply.kind === 'flow') this.clear();
    return null;
  }

  refused(error: Pick<ServerError, 'retryable'> & { event?: string | undefined }): void {
    cardsRefused(this.area, error);
  }

  relabel(): void {
    relabelCards(this.area, this.locale());
  }

  clear(): void {
    clearCards(this.area);
  }
}
