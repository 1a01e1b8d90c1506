/**
 * The queue card (a reply's `card.type = 'queue'`) kept true while it is on screen, for the app and the lobby
 * screen. The server draws it once, with the place and the wait of that moment and a "stop waiting" button;
 * after that the page redraws it from the `handoff.status` events, in the page's language:
 *
 *   const queueCard = new QueueCard(locale, () => socket.emit('handoff.cancel', {}));
 *   queueCard.track(renderCard(container, reply.card, opts));   // any card; only a queue card is kept
 *   socket.on('handoff.status', (s) => queueCard.update(s));
 *   queueCard.setLocale(locale);                                  // on the language switch
 *
 * Queued: title, place, wait (as the latest status says) and the "stop waiting" button, which leaves the
 * queue with `handoff.cancel` (an event, not a typed phrase that an agent who just joined would receive as
 * a message). Unavailable (nobody can take it now): title and button, no place or wait. With an agent: one
 * line saying who joined, no button. Back with the assistant or cancelled: the card is taken away.
 *
 * The server offers "stop waiting" as a quick reply too. The page shows it once: while the card offers its
 * button, `quickReplies()` leaves the quick reply out; otherwise (the card is gone) the quick reply stays, and
 * the page sends `leave()` for it (`leavesQueue(q)`), the same event as the button.
 */
import { HANDOFF_MESSAGES } from '../../server/handoff/handoff_messages.ts';
import type { HandoffStatus, Locale, QuickReply } from '../../server/protocol/protocol.ts';

type Text = Record<Locale, string>;

/** The server's words for its first drawing of the card (server/handoff/handoff_messages.ts), and the agent line. */
const TEXT = {
  title: HANDOFF_MESSAGES.queueCardTitle,
  position: HANDOFF_MESSAGES.queuePosition,
  wait: HANDOFF_MESSAGES.queueWait,
  minutes: HANDOFF_MESSAGES.minutes,
  cancel: HANDOFF_MESSAGES.cancelQueue,
  joined: { 'zh-CN': '人工客服 {name} 已接入', en: '{name} from our team has joined' },
  joinedUnnamed: { 'zh-CN': '人工客服已接入', en: 'A member of our team has joined' },
} as const satisfies Record<string, Text>;

const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The server's "stop waiting" quick reply (server/handoff/handoff_replies.ts `cancelAction`). */
export function leavesQueue(q: QuickReply): boolean {
  return Object.values<string>(HANDOFF_MESSAGES.cancelQueue).includes(q.text);
}

export class QueueCard {
  private root: HTMLElement | null = null;
  private status: HandoffStatus | null = null;

  constructor(
    private locale: Locale,
    /** Leaves the queue (`handoff.cancel`). */
    private readonly cancel: () => void,
  ) {}

  /** A card just drawn: a queue card is kept in step from now on (an earlier one is let go). */
  track(card: HTMLElement | null): void {
    if (card?.dataset['cardType'] !== 'queue') return;
    this.root = card;
    // A new card is a new wait: an earlier handoff's end does not take it away.
    if (this.status?.state === 'returned' || this.status?.state === 'cancelled') this.status = null;
    this.render();
  }

  update(status: HandoffStatus): void {
    this.status = status;
    this.render();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.render();
  }

  /** True while the card is on screen with its "stop waiting" button. */
  get offersLeaving(): boolean {
    const root = this.root;
    return (
      !!root?.isConnected &&
      !root.hasAttribute('data-done') &&
      root.querySelector('button[data-action="handoff.cancel"]') !== null
    );
  }

  /** The quick replies to show beside the card: "stop waiting" only where the card does not offer it. */
  quickReplies(replies: readonly QuickReply[]): QuickReply[] {
    return this.offersLeaving ? replies.filter((q) => !leavesQueue(q)) : [...replies];
  }

  /** Leaves the queue (the "stop waiting" quick reply): as the card's button does. */
  leave(): void {
    this.root?.removeAttribute('data-live');
    this.root?.setAttribute('data-done', '');
    this.cancel();
  }

  /** A new customer or conversation: nothing from the previous one is kept. */
  clear(): void {
    this.root = null;
    this.status = null;
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    if (!root.isConnected) {
      // Taken away with the other cards (the lobby screen shows one at a time).
      this.root = null;
      return;
    }
    const state = this.status?.state ?? 'queued';
    if (state === 'returned' || state === 'cancelled') {
      root.remove();
      this.root = null;
      return;
    }
    const doc = root.ownerDocument;
    root.dataset['state'] = state;
    const title = doc.createElement('h3');
    if (state === 'with_agent') {
      // Who joined, and nothing to press: the wait is over.
      const name = this.status?.agentName;
      title.textContent = name ? fill(TEXT.joined[this.locale], { name }) : TEXT.joinedUnnamed[this.locale];
      root.removeAttribute('data-live');
      root.setAttribute('data-done', '');
      root.replaceChildren(title);
      return;
    }
    title.textContent = TEXT.title[this.locale];
    const parts: HTMLElement[] = [title];
    const place = this.status?.state === 'queued' ? this.status : null;
    if (place?.position !== undefined || place?.etaSec !== undefined) {
      const dl = doc.createElement('dl');
      const field = (label: string, value: string): void => {
        const dt = doc.createElement('dt');
        dt.textContent = label;
        const dd = doc.createElement('dd');
        dd.textContent = value;
        dl.append(dt, dd);
      };
      if (place.position !== undefined) field(TEXT.position[this.locale], String(place.position));
      if (place.etaSec !== undefined)
        field(
          TEXT.wait[this.locale],
          fill(TEXT.minutes[this.locale], { minutes: Math.max(1, Math.ceil(place.etaSec / 60)) }),
        );
      parts.push(dl);
    }
    const bar = doc.createElement('div');
    bar.className = 'bdh-actions';
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset['action'] = 'handoff.cancel';
    button.textContent = TEXT.cancel[this.locale];
    button.addEventListener('click', () => {
      root.removeAttribute('data-live');
      root.setAttribute('data-done', '');
      this.cancel();
    });
    bar.append(button);
    parts.push(bar);
    root.replaceChildren(...parts);
    if (!root.hasAttribute('data-done')) root.setAttribute('data-live', '');
  }
}
