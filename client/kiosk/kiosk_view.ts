/**
 * DOM of the lobby screen: captions, the handoff line, the card area, quick replies, state pill, notices,
 * localized labels.
 */
import type {
  Capabilities,
  HandoffStatus,
  Locale,
  QuickReply,
  Reply,
  SessionState,
} from '../../server/protocol/protocol.ts';
import { maskCustomerMessage } from '../../server/privacy/mask.ts';
import { clearCards } from '../shared/cards.ts';
import { HandoffLine } from '../shared/handoff_status.ts';
import { pair } from '../shared/i18n.ts';
import { markdownToPlainText } from '../shared/markdown_text.ts';
import { followQueuePlace } from '../shared/queue_place_text.ts';
import { KIOSK_TEXT, STATE_TEXT, STARTERS, kt } from './kiosk_text.ts';

const el = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing`);
  return e as T;
};

export class KioskView {
  readonly stage = el<HTMLElement>('stage');
  readonly ptt = el<HTMLButtonElement>('ptt');
  readonly handsFree = el<HTMLButtonElement>('handsfree');
  readonly localeButton = el<HTMLButtonElement>('locale');
  readonly composer = el<HTMLFormElement>('composer');
  readonly input = el<HTMLInputElement>('text');
  /** Where reply cards go (see KioskCards). */
  readonly cardArea = el<HTMLElement>('cards');
  readonly handoff: HandoffLine;
  private readonly customer = el<HTMLElement>('caption-customer');
  private readonly assistant = el<HTMLElement>('caption-assistant');
  private readonly source = el<HTMLElement>('caption-source');
  private readonly quick = el<HTMLElement>('quick');
  private readonly state = el<HTMLElement>('state');
  private readonly notices = el<HTMLElement>('notices');
  private readonly toastEl = el<HTMLElement>('toast');
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private currentState: SessionState = 'idle';
  /** The assistant's caption as written, and the latest handoff status (the caption's queue place follows it). */
  private assistantText = '';
  private handoffStatus: HandoffStatus | null = null;
  voiceInputAvailable = true;

  constructor(private locale: Locale) {
    this.handoff = new HandoffLine(el('handoff'), locale);
    const controls = document.querySelector<HTMLElement>('.controls');
    if (controls && typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() =>
        document.documentElement.style.setProperty('--controls-height', `${controls.offsetHeight}px`),
      ).observe(controls);
    }
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
    el('bank').textContent = kt('bank', locale);
    el('assistant').textContent = kt('assistant', locale);
    this.localeButton.textContent = kt('switchLocale', locale);
    this.localeButton.lang = locale === 'zh-CN' ? 'en' : 'zh-CN';
    this.handsFree.textContent =
      this.handsFree.getAttribute('aria-pressed') === 'true'
        ? kt('handsFreeOn', locale)
        : kt('handsFree', locale);
    el('ptt-label').textContent =
      this.ptt.getAttribute('aria-pressed') === 'true' ? kt('release', locale) : kt('holdToTalk', locale);
    this.input.placeholder = kt('typePlaceholder', locale);
    this.input.setAttribute('aria-label', kt('message', locale));
    el('send').textContent = kt('send', locale);
    // The caption's "您：" / "You: " prefix (a CSS ::before): each language's own colon.
    this.customer.dataset['label'] = pair(kt('you', locale), '', locale);
    this.handoff.setLocale(locale);
    this.setState(this.currentState);
  }

  setState(state: SessionState): void {
    this.currentState = state;
    this.state.dataset['state'] = state;
    this.state.textContent = STATE_TEXT[state][this.locale];
  }

  /**
   * What the customer said or typed, masked as the transcript keeps it (people nearby can read it): phone,
   * card and ID numbers, and a code typed on its own.
   */
  customerCaption(text: string, partial = false): void {
    this.customer.textContent = maskCustomerMessage(text);
    this.customer.classList.toggle('partial', partial);
  }

  assistantCaption(text: string, source: Reply['source'] = null): void {
    this.assistantText = text;
    this.renderAssistant();
    this.source.textContent = source ? pair(kt('source', this.locale), source.title, this.locale) : '';
  }

  /**
   * Where the customer stands in a handoff: the handoff line, and the caption's sentence about the place in
   * the queue ("请稍候（前面还有 1 位）") said again with the new place (queue_place_text.ts).
   */
  updateHandoff(status: HandoffStatus): void {
    this.handoff.update(status);
    this.handoffStatus = status;
    this.renderAssistant();
  }

  /** No handoff (a new conversation): the line goes, the caption is shown as written. */
  clearHandoff(): void {
    this.handoff.clear();
    this.handoffStatus = null;
    this.renderAssistant();
  }

  private renderAssistant(): void {
    // Answers from articles are Markdown: bullets, not "- " (markdown_text.ts).
    this.assistant.textContent = markdownToPlainText(
      followQueuePlace(this.assistantText, this.handoffStatus),
    );
  }

  /**
   * After a language switch: the captions of the last exchange were in the old language; the screen says
   * the language changed instead (the next reply comes in the new one).
   */
  localeSwitched(): void {
    this.customerCaption('');
    this.assistantCaption(kt('localeSwitched', this.locale));
  }

  /** The quick replies on screen, and whether they are the starters of an idle screen. */
  private shownQuickReplies: readonly QuickReply[] = [];
  private startersShown = false;

  get quickRepliesShown(): readonly QuickReply[] {
    return this.shownQuickReplies;
  }

  get showingStarters(): boolean {
    return this.startersShown;
  }

  quickReplies(replies: readonly QuickReply[], onPick: (q: QuickReply) => void): void {
    this.shownQuickReplies = replies;
    this.startersShown = false;
    this.quick.replaceChildren(
      ...replies.map((q) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = q.label;
        b.dataset['text'] = q.text;
        b.addEventListener('click', () => onPick(q));
        return b;
      }),
    );
  }

  starters(onPick: (q: QuickReply) => void): void {
    this.quickReplies(STARTERS[this.locale], onPick);
    this.startersShown = true;
  }

  /** Nothing of the last customer stays on screen: captions, quick replies, cards, handoff line. */
  clearConversation(): void {
    this.customerCaption('');
    this.assistantCaption('');
    this.quickReplies([], () => undefined);
    clearCards(this.cardArea);
    this.clearHandoff();
  }

  setAttract(on: boolean): void {
    document.body.classList.toggle('attract', on);
  }

  pttPressed(pressed: boolean): void {
    this.ptt.setAttribute('aria-pressed', String(pressed));
    el('ptt-label').textContent = pressed ? kt('release', this.locale) : kt('holdToTalk', this.locale);
  }

  handsFreeOn(on: boolean): void {
    this.handsFree.setAttribute('aria-pressed', String(on));
    this.handsFree.textContent = on ? kt('handsFreeOn', this.locale) : kt('handsFree', this.locale);
  }

  /** Shows what the server can and cannot do in this locale, disabling voice input when it is missing. */
  capabilities(caps: Capabilities | null, extra: string[] = []): void {
    const lines: string[] = [];
    const inputOk = caps ? caps.voiceInput[this.locale] === true : false;
    const outputOk = caps ? caps.voiceOutput[this.locale] === true : false;
    this.voiceInputAvailable = inputOk;
    this.ptt.disabled = !inputOk;
    this.handsFree.disabled = !inputOk;
    this.ptt.title = inputOk ? '' : this.voiceInputNotice();
    if (caps && !inputOk) lines.push(this.voiceInputNotice());
    if (caps && !outputOk) lines.push(KIOSK_TEXT.voiceOutputUnavailable[this.locale]);
    lines.push(...extra);
    this.notices.replaceChildren(
      ...lines.map((text) => {
        const p = document.createElement('p');
        p.className = 'notice';
        p.textContent = text;
        return p;
      }),
    );
  }

  private voiceInputNotice(): string {
    if (this.locale === 'en') return KIOSK_TEXT.voiceInputUnavailableEn.en;
    return `${KIOSK_TEXT.voiceInputUnavailable['zh-CN']} / Mandarin voice input is not available yet`;
  }

  toast(text: string, ms = 4000): void {
    this.toastEl.textContent = text;
    this.toastEl.hidden = false;
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toastEl.hidden = true), ms);
  }

  captions(): { customer: string; assistant: string; quickReplies: string[] } {
    return {
      customer: this.customer.textContent ?? '',
      assistant: this.assistant.textContent ?? '',
      quickReplies: [...this.quick.querySelectorAll('button')].map((b) => b.textContent ?? ''),
    };
  }
}
