/**
 * Renders a reply's `card` (verify, confirm, result, receipt, warning, ticket, queue, balance, info) into the
 * page, for the app and the kiosk alike:
 *
 *   import { renderCard, clearCards } from '../shared/cards.ts';
 *   socket.on('reply.text', (reply) => {
 *     if (reply.card) renderCard(messages, reply.card, {
 *       send,                                                      // sends a message.text
 *       submitVerify: (method, code) => socket.emit('verify.submit', { method, code }),
 *       locale, channel: 'app',
 *     });
 *   });
 *   // on session.reset / a fresh session.ready: clearCards(messages)
 *
 * A verify card with `verify` takes a code or PIN (digits only, never echoed, never kept in the page after
 * submitting) and calls `submitVerify`; a verify card without `verify` asks for the phone number, which is
 * sent as an ordinary message. Action buttons send their text. Sensitive cards are marked so a lobby screen
 * can style them (and clear them with the session); their figures arrive already masked.
 *
 * A sent verify card is read-only until the server answers, so nothing is sent twice: the phone card shows
 * the number it sent, masked. The page reports the answer: `cardsAnswered(container, reply)` on a reply
 * (the card is done), `cardsRefused(container, error)` on a `server.error` (a retryable one, such as a wrong
 * code, gives the card back for another try).
 *
 * The page's own words on a card (the Verify button, the code box's hint, "scan to follow the queue") follow
 * a language switch with `relabelCards(container, locale)`; the server's words (title, fields) stay as sent.
 */
import type { Card, Channel, Locale, Reply, ServerError } from '../../server/protocol/protocol.ts';
import { maskSensitive } from '../../server/privacy/mask.ts';

export interface CardOptions {
  /** Sends a customer message (the page's own send: bubble + `message.text`). */
  send(text: string): void;
  /** Emits `verify.submit`; never log or display the code. */
  submitVerify(method: 'otp' | 'pin', code: string): void;
  locale: Locale;
  channel: Channel;
}

const TEXT = {
  verify: { 'zh-CN': '验证', en: 'Verify' },
  send: { 'zh-CN': '发送', en: 'Send' },
  otp: { 'zh-CN': '6位短信验证码', en: '6-digit code' },
  pin: { 'zh-CN': '6位交易密码', en: '6-digit PIN' },
  phone: { 'zh-CN': '预留手机号', en: 'Registered mobile number' },
  digitsOnly: { 'zh-CN': '请输入{n}位数字', en: 'Enter {n} digits' },
  phoneInvalid: { 'zh-CN': '请输入11位手机号', en: 'Enter an 11-digit mobile number' },
  scan: { 'zh-CN': '扫码在手机上查看叫号进度', en: 'Scan to follow the queue on your phone' },
  screenOnly: { 'zh-CN': '仅在屏幕显示', en: 'Shown on screen only' },
} as const satisfies Record<string, Record<Locale, string>>;

type TextKey = keyof typeof TEXT;

/**
 * Marks an element as showing TEXT[key] (its text, or an input's placeholder and label) in `locale`, for
 * relabelCards; `shownIn` reads the language back (a hint says it in the card's current language).
 */
function labelled<T extends HTMLElement>(node: T, key: TextKey, locale: Locale): T {
  node.dataset['text'] = key;
  node.dataset['locale'] = locale;
  if (node instanceof HTMLInputElement) {
    node.placeholder = TEXT[key][locale];
    node.setAttribute('aria-label', TEXT[key][locale]);
  } else node.textContent = TEXT[key][locale];
  return node;
}

const shownIn = (node: HTMLElement, fallback: Locale): Locale =>
  node.dataset['locale'] === 'en' || node.dataset['locale'] === 'zh-CN' ? node.dataset['locale'] : fallback;

const STYLE_ID = 'bdh-card-style';
const CSS = `
.bdh-card{border:1px solid #d5dde7;border-radius:12px;padding:12px 14px;margin:8px 0;background:#fff;max-width:440px;
  font-size:15px;color:#1c2430;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.bdh-card h3{margin:0 0 8px;font-size:16px}
.bdh-card dl{display:grid;grid-template-columns:auto auto;gap:4px 12px;margin:0 0 8px}
.bdh-card dt{color:#6b7685}.bdh-card dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.bdh-card--warning{border-color:#e0a100;background:#fff8e6}.bdh-card--receipt,.bdh-card--result{border-color:#2e9d5b}
.bdh-card--ticket{text-align:center}.bdh-card--ticket dl{grid-template-columns:auto 1fr}.bdh-card--ticket dd{text-align:left}.bdh-card img{width:180px;height:180px;image-rendering:pixelated}
.bdh-card form{display:flex;gap:8px;margin-top:6px}.bdh-card input{flex:1;font-size:18px;padding:8px;letter-spacing:.2em;
  border:1px solid #b8c4d2;border-radius:8px;min-width:0}
.bdh-card input::placeholder{letter-spacing:normal}
.bdh-card input:disabled{background:#f2f5f9;color:#1c2430;-webkit-text-fill-color:#1c2430}
.bdh-card button:disabled{opacity:.5;cursor:default}
.bdh-card button{font-size:15px;padding:8px 14px;border-radius:8px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
.bdh-card .bdh-actions{display:flex;flex-wrap:wrap;gap:8px}.bdh-card .bdh-actions button{background:#fff;color:#0b5cad}
.bdh-card .bdh-hint{color:#b3261e;font-size:13px;min-height:1em;margin:4px 0 0}
.bdh-card .bdh-badge{font-size:12px;color:#6b7685;margin-left:6px;font-weight:400;display:inline-block;white-space:nowrap}
.bdh-card[data-done] form,.bdh-card[data-done] .bdh-actions{opacity:.5;pointer-events:none}
.bdh-kiosk .bdh-card,.bdh-card[data-channel=kiosk]{font-size:20px;max-width:560px}`;

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.appendChild(style);
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function codeForm(
  doc: Document,
  verify: NonNullable<Card['verify']>,
  opts: CardOptions,
  done: () => void,
): HTMLElement {
  const { locale } = opts;
  const form = el(doc, 'form', { class: 'bdh-verify', autocomplete: 'off', 'data-method': verify.method });
  const input = labelled(
    el(doc, 'input', {
      name: 'code',
      type: verify.method === 'pin' ? 'password' : 'text',
      inputmode: 'numeric',
      autocomplete: verify.method === 'otp' ? 'one-time-code' : 'off',
      maxlength: String(verify.digits),
      pattern: `\\d{${verify.digits}}`,
    }),
    verify.method,
    locale,
  );
  const hint = el(doc, 'p', { class: 'bdh-hint', role: 'status' });
  form.append(input, labelled(el(doc, 'button', { type: 'submit' }), 'verify', locale));
  const wrap = el(doc, 'div');
  wrap.append(form, hint);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.disabled) return; // sent, waiting for the answer
    const code = input.value.replace(/\s/g, '');
    if (!new RegExp(`^\\d{${verify.digits}}$`).test(code)) {
      hint.textContent = TEXT.digitsOnly[shownIn(input, locale)].replace('{n}', String(verify.digits));
      return;
    }
    hint.textContent = '';
    input.value = '';
    hold(form);
    opts.submitVerify(verify.method, code);
    done();
  });
  return wrap;
}

function phoneForm(doc: Document, opts: CardOptions, done: () => void): HTMLElement {
  const { locale } = opts;
  const form = el(doc, 'form', { class: 'bdh-verify', autocomplete: 'off', 'data-method': 'phone' });
  const input = labelled(
    el(doc, 'input', { name: 'phone', type: 'tel', inputmode: 'tel', maxlength: '16' }),
    'phone',
    locale,
  );
  const hint = el(doc, 'p', { class: 'bdh-hint', role: 'status' });
  form.append(input, labelled(el(doc, 'button', { type: 'submit' }), 'send', locale));
  const wrap = el(doc, 'div');
  wrap.append(form, hint);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.disabled) return; // sent, waiting for the answer
    const phone = input.value.replace(/[\s-]/g, '');
    if (!/^(?:\+?86)?1[3-9]\d{9}$/.test(phone)) {
      hint.textContent = TEXT.phoneInvalid[shownIn(input, locale)];
      return;
    }
    hint.textContent = '';
    // What was sent stays on the card, masked (the customer sees which number the code goes to).
    input.value = maskSensitive(phone);
    hold(form);
    opts.send(phone);
    done();
  });
  return wrap;
}

/** A sent form: read-only until the server answers (see cardsAnswered / cardsRefused). */
function hold(form: HTMLFormElement): void {
  setEnabled(form, false);
  form.closest('.bdh-card')?.setAttribute('data-sent', form.dataset['method'] ?? '');
}

function setEnabled(form: HTMLFormElement, enabled: boolean): void {
  for (const c of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))
    c.disabled = !enabled;
}

/**
 * A reply came: it answers what the cards sent (the flow's next step, or whatever the message led to), so
 * they are done and stay read-only. An agent's message or a system line is no answer to them.
 */
export function cardsAnswered(container: HTMLElement, reply: Pick<Reply, 'kind'>): void {
  if (reply.kind === 'agent' || reply.kind === 'system') return;
  for (const c of container.querySelectorAll<HTMLElement>('.bdh-card[data-sent]')) {
    c.removeAttribute('data-sent');
    c.removeAttribute('data-live');
    c.setAttribute('data-done', '');
  }
}

/** Which sent cards an error is about: the phone travels as a message, codes and PINs as verify.submit. */
const SENT_BY: Record<string, string> = { 'message.text': 'phone', 'verify.submit': 'otp,pin' };

/**
 * The server refused what a card sent. A retryable error (a wrong code, too fast, a store outage) gives the
 * card back, empty, for another try; any other (an expired code, a lockout) leaves its form read-only, its
 * buttons (resend the code) still usable. An error without an event, or `event: undefined`, is about any.
 */
export function cardsRefused(
  container: HTMLElement,
  error: Pick<ServerError, 'retryable'> & { event?: string | undefined },
): void {
  const about = error.event === undefined ? null : (SENT_BY[error.event]?.split(',') ?? []);
  for (const c of container.querySelectorAll<HTMLElement>('.bdh-card[data-sent]')) {
    if (about && !about.includes(c.dataset['sent'] ?? '')) continue;
    c.removeAttribute('data-sent');
    if (!error.retryable) continue;
    const form = c.querySelector<HTMLFormElement>('form.bdh-verify');
    if (!form) continue;
    setEnabled(form, true);
    const input = form.querySelector<HTMLInputElement>('input');
    if (input) input.value = '';
    c.setAttribute('data-live', '');
    if (c.dataset['channel'] === 'app') input?.focus();
  }
}

/** Marks earlier cards that wait for input as answered, so only the newest can be used. */
function retireLiveCards(container: HTMLElement): void {
  for (const c of container.querySelectorAll<HTMLElement>('.bdh-card[data-live]')) {
    c.removeAttribute('data-live');
    c.setAttribute('data-done', '');
  }
}

/** Appends the card to `container` and returns its element. */
export function renderCard(container: HTMLElement, card: Card, opts: CardOptions): HTMLElement {
  const doc = container.ownerDocument;
  ensureStyle(doc);
  retireLiveCards(container);
  const root = el(doc, 'section', {
    class: `bdh-card bdh-card--${card.type}`,
    'data-card-type': card.type,
    'data-channel': opts.channel,
    role: card.type === 'warning' ? 'alert' : 'group',
  });
  if (card.sensitive) root.setAttribute('data-sensitive', '');
  const title = el(doc, 'h3', {}, card.title);
  if (card.sensitive && opts.channel === 'kiosk')
    title.append(labelled(el(doc, 'span', { class: 'bdh-badge' }), 'screenOnly', opts.locale));
  root.append(title);

  if (card.fields.length > 0) {
    const dl = el(doc, 'dl');
    for (const f of card.fields) dl.append(el(doc, 'dt', {}, f.label), el(doc, 'dd', {}, f.value));
    root.append(dl);
  }
  if (card.image && /^data:image\/(png|svg\+xml|jpeg);base64,/.test(card.image)) {
    root.append(el(doc, 'img', { src: card.image, alt: 'QR', width: '180', height: '180' }));
    if (card.type === 'ticket') root.append(labelled(el(doc, 'p'), 'scan', opts.locale));
  }

  const markDone = (): void => {
    root.removeAttribute('data-live');
  };
  if (card.type === 'verify') {
    root.append(card.verify ? codeForm(doc, card.verify, opts, markDone) : phoneForm(doc, opts, markDone));
    root.setAttribute('data-live', '');
  }
  if (card.actions.length > 0) {
    const bar = el(doc, 'div', { class: 'bdh-actions' });
    for (const a of card.actions) {
      const b = el(doc, 'button', { type: 'button', 'data-action': a.text }, a.label);
      b.addEventListener('click', () => {
        root.removeAttribute('data-live');
        root.setAttribute('data-done', '');
        opts.send(a.text);
      });
      bar.append(b);
    }
    root.append(bar);
    root.setAttribute('data-live', '');
  }
  container.append(root);
  container.scrollTop = container.scrollHeight;
  const focus = root.querySelector<HTMLInputElement>('input');
  if (focus && opts.channel === 'app') focus.focus();
  return root;
}

/** Removes every card (the kiosk calls this on session.reset so the next customer sees nothing). */
export function clearCards(container: HTMLElement): void {
  for (const c of container.querySelectorAll('.bdh-card')) c.remove();
}

/** The page's own words on the cards in `container`, in `locale` (after a language switch). */
export function relabelCards(container: HTMLElement, locale: Locale): void {
  for (const node of container.querySelectorAll<HTMLElement>('.bdh-card [data-text]')) {
    const key = node.dataset['text'];
    if (key && key in TEXT) labelled(node, key as TextKey, locale);
  }
  // A hint left by a rejected entry is in the old language; the next wrong entry says it again.
  for (const hint of container.querySelectorAll<HTMLElement>('.bdh-card .bdh-hint')) hint.textContent = '';
}
