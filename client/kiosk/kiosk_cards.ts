/**
 * The lobby screen's card area: one card at a time, the newest reply's (a verify code box, a balance, a
 * queue ticket with its QR code, a warning, a receipt...), drawn by the shared `renderCard`.
 *
 * A reply with a card replaces the card on screen. A reply without one takes it away (the screen should
 * not keep showing a balance once the conversation moved on), except a verify card still waiting for its
 * code when the reply is not the flow's own (an aside, an agent's message): the flow still expects the
 * code. The flow's own replies carry the verify card again while it waits, so a flow reply without a card
 * (cancelled, timed out) takes it away too. `clear()` empties the area for the next customer; `relabel()`
 * puts the page's own words on the card in the new language after a switch.
 */
import type { Card, Locale, Reply } from '../../server/protocol/protocol.ts';
import { clearCards, relabelCards, renderCard, type CardOptions } from '../shared/cards.ts';

export class KioskCards {
  constructor(
    private readonly area: HTMLElement,
    private readonly actions: Pick<CardOptions, 'send' | 'submitVerify'>,
    private readonly locale: () => Locale,
  ) {}

  /** Shows the reply's card (returned, for a queue card to be kept in step) or takes the old one away. */
  show(reply: Pick<Reply, 'kind'> & { card?: Card | undefined }): HTMLElement | null {
    if (reply.card) {
      this.clear();
      return renderCard(this.area, reply.card, { ...this.actions, locale: this.locale(), channel: 'kiosk' });
    }
    const waiting = this.area.querySelector('.bdh-card[data-card-type="verify"][data-live]');
    if (!waiting || reply.kind === 'flow') this.clear();
    return null;
  }

  relabel(): void {
    relabelCards(this.area, this.locale());
  }

  clear(): void {
    clearCards(this.area);
  }
}
