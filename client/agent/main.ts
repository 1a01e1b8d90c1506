/**
 * Agent console: sign in, presence, the live queue (reason, wait, language, channel, verified), claim,
 * the masked transcript with a summary and sentiment sparkline, suggested replies, reply, return to the
 * assistant, close with a disposition, a beep and a title badge on new handoffs, and the supervisor view.
 * Everything goes through the typed `/agent` protocol (server/protocol/agent_protocol.ts).
 */
import { io, type Socket } from 'socket.io-client';
import type {
  AgentApiError,
  AgentClientToServer,
  AgentLoginResponse,
  AgentServerToClient,
  ConversationDetail,
  QueueSnapshot,
  QueueTicketView,
  SupervisorStats,
} from '../../server/protocol/agent_protocol.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { sourceTitles } from './conversation_facts.ts';
import { agentErrorText } from './error_text.ts';
import { pair, parenthesised, tr, trDynamic, type AgentUiKey } from './i18n.ts';
import { loginErrorText, type LoginError } from './login_error.ts';
import { summaryView } from './summary_view.ts';
import { el, offlineBadge, supervisorView, transcriptLine } from './views.ts';
import { waitText } from './wait_text.ts';

type AgentSocket = Socket<AgentServerToClient, AgentClientToServer>;

const DISPOSITIONS = [
  'resolved',
  'follow_up',
  'callback_scheduled',
  'referred_to_branch',
  'fraud_confirmed',
  'no_response',
] as const;
const STORAGE_KEY = 'bdh.agentSession';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
let locale: Locale = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
let session: AgentLoginResponse | null = null;
let socket: AgentSocket | null = null;
let snapshot: QueueSnapshot = { tickets: [], agentsAvailable: {}, at: 0 };
const details = new Map<string, ConversationDetail>();
let selected: string | null = null;
const seenQueued = new Set<string>();
let audio: AudioContext | null = null;
let supervisorStats: SupervisorStats | null = null;
/** Kept as state, not text, so a language switch words them again. */
let connection: 'connected' | 'reconnecting' | null = null;
let loginError: LoginError | null = null;

// ------------------------------------------------------------------------------------------------ i18n

function applyLocale(): void {
  document.documentElement.lang = locale;
  const text: Array<[string, AgentUiKey]> = [
    ['title', 'title'],
    ['login-title', 'loginTitle'],
    ['username-label', 'username'],
    ['password-label', 'password'],
    ['login-submit', 'login'],
    ['sandbox-hint', 'sandboxHint'],
    ['presence-label', 'presence'],
    ['logout', 'logout'],
    ['locale', 'switchLocale'],
    ['queue-title', 'queue'],
    ['supervisor-title', 'supervisor'],
    ['send', 'send'],
    ['return', 'returnToAssistant'],
    ['close', 'close'],
    ['summary-title', 'summary'],
    ['suggestions-title', 'suggestions'],
  ];
  for (const [id, key] of text) $(id).textContent = tr(key, locale);
  const presence = $<HTMLSelectElement>('presence');
  presence.options[0]!.textContent = tr('available', locale);
  presence.options[1]!.textContent = tr('away', locale);
  $<HTMLTextAreaElement>('reply').placeholder = tr('replyPlaceholder', locale);
  $<HTMLInputElement>('note').placeholder = tr('notePlaceholder', locale);
  const disposition = $<HTMLSelectElement>('disposition');
  disposition.replaceChildren(
    ...DISPOSITIONS.map((d) =>
      Object.assign(el('option', undefined, trDynamic('disposition', d, locale)), { value: d }),
    ),
  );
  renderStatus();
  renderAll();
}

function renderStatus(): void {
  $('conn').textContent = connection ? tr(connection, locale) : '';
  $('login-error').textContent = loginError ? loginErrorText(loginError, locale) : '';
  $('who').textContent =
    session && !$('console-view').hidden
      ? session.agent.displayName + parenthesised(trDynamic('agentRole', session.agent.role, locale), locale)
      : '';
}

function setConnection(state: typeof connection): void {
  connection = state;
  renderStatus();
}

function setLoginError(error: LoginError | null): void {
  loginError = error;
  renderStatus();
}

// ------------------------------------------------------------------------------------------------ sign in

async function signIn(username: string, password: string): Promise<void> {
  setLoginError(null);
  const res = await fetch('/api/agent/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.ok) {
    session = (await res.json()) as AgentLoginResponse;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    connect();
    return;
  }
  const body = (await res.json().catch(() => null)) as AgentApiError | null;
  if (res.status === 429)
    setLoginError({
      kind: 'throttled',
      retryAfterSec: body?.retryAfterSec ?? Number(res.headers.get('retry-after') ?? 60),
    });
  else setLoginError({ kind: res.status === 401 ? 'invalid' : 'failed' });
}

function signOut(): void {
  const token = session?.token;
  if (token)
    void fetch('/api/agent/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(
      () => undefined,
    );
  sessionStorage.removeItem(STORAGE_KEY);
  session = null;
  socket?.close();
  socket = null;
  connection = null;
  details.clear();
  selected = null;
  showConsole(false);
}

function showConsole(on: boolean): void {
  $('login-view').hidden = on;
  $('console-view').hidden = !on;
  $('logout').hidden = !on;
  $('presence-wrap').hidden = !on;
  renderStatus();
}

// ------------------------------------------------------------------------------------------------ socket

function connect(): void {
  if (!session) return;
  showConsole(true);
  const s: AgentSocket = io('/agent', {
    auth: { token: session.token },
    transports: ['websocket', 'polling'],
  });
  socket = s;
  s.on('connect', () => setConnection('connected'));
  s.on('disconnect', () => setConnection('reconnecting'));
  s.on('connect_error', (err) => {
    const code = (err as Error & { data?: { code?: string } }).data?.code;
    if (code === 'E_AGENT_AUTH_REQUIRED') signOut();
    else setConnection('reconnecting');
  });
  s.on('agent.ready', (ready) => {
    $<HTMLSelectElement>('presence').value = ready.presence;
    $('supervisor').hidden = ready.agent.role !== 'supervisor';
  });
  s.on('queue.snapshot', (snap) => {
    const fresh = snap.tickets.filter((t) => t.state === 'queued' && !seenQueued.has(t.sessionId));
    for (const t of snap.tickets) if (t.state === 'queued') seenQueued.add(t.sessionId);
    if (fresh.length > 0 && snapshot.at !== 0) beep();
    const firstSnapshot = snapshot.at === 0;
    snapshot = snap;
    if (firstSnapshot && session)
      for (const t of snap.tickets)
        if (t.agentId === session.agent.id && !details.has(t.sessionId))
          s.emit('conversation.open', { sessionId: t.sessionId });
    renderQueue();
  });
  s.on('conversation.detail', (d) => {
    details.set(d.sessionId, d);
    selected = d.sessionId;
    renderConversation();
  });
  s.on('conversation.brief', ({ sessionId, brief }) => {
    const d = details.get(sessionId);
    if (!d) return;
    d.summary.brief = brief;
    if (sessionId === selected) renderConversation();
  });
  s.on('conversation.message', ({ sessionId, line }) => {
    const d = details.get(sessionId);
    if (!d || d.transcript.some((l) => l.id === line.id)) return;
    d.transcript.push(line);
    if (sessionId === selected) renderConversation();
  });
  s.on('conversation.ended', ({ sessionId, by }) => {
    if (!details.has(sessionId)) return;
    // The conversation leaves the screen; when someone else ended it, say who, or it just vanishes.
    if (by === 'customer') toast(tr('customerLeft', locale));
    else if (by === 'supervisor') toast(tr('endedBySupervisor', locale));
    details.delete(sessionId);
    if (selected === sessionId) selected = details.keys().next().value ?? null;
    renderConversation();
  });
  s.on('supervisor.stats', (stats) => {
    supervisorStats = stats;
    renderSupervisor();
  });
  s.on('agent.error', (e) => toast(agentErrorText(e, locale)));
}

// ------------------------------------------------------------------------------------------------ views

function ticketRow(t: QueueTicketView): HTMLLIElement {
  const li = el('li', `ticket ${t.state} reason-${t.reason}`);
  li.dataset.sessionId = t.sessionId;
  const head = el('div', 'ticket-head');
  head.append(
    el('span', 'badge reason', trDynamic('reason', t.reason, locale)),
    el('span', 'badge', trDynamic('language', t.locale, locale)),
    el('span', 'badge', trDynamic('channel', t.channel, locale)),
  );
  head.append(
    el('span', `badge ${t.verified ? 'ok' : 'warn'}`, tr(t.verified ? 'verified' : 'unverified', locale)),
  );
  const offline = offlineBadge(t, locale);
  if (offline) head.append(offline);
  const meta = el('div', 'ticket-meta');
  const wait = el('span', 'wait', waitText(t.enqueuedAt, locale));
  wait.dataset.since = String(t.enqueuedAt);
  meta.append(
    el(
      'span',
      undefined,
      t.state === 'queued'
        ? `#${t.position ?? '-'} · ${tr('wait', locale)} `
        : `${pair(tr('withAgent', locale), t.agentName ?? '', locale)} · `,
    ),
    wait,
  );
  li.append(head, meta);
  const mine = session && t.agentId === session.agent.id;
  const canServe =
    session && (session.agent.role === 'supervisor' || session.agent.locales.includes(t.locale));
  if (t.state === 'queued') {
    const b = el('button', 'claim', tr('claim', locale));
    b.type = 'button';
    b.disabled = !canServe;
    b.onclick = () => socket?.emit('conversation.claim', { sessionId: t.sessionId });
    li.append(b);
  } else if (mine || session?.agent.role === 'supervisor') {
    const b = el('button', 'open secondary', tr('open', locale));
    b.type = 'button';
    b.onclick = () => socket?.emit('conversation.open', { sessionId: t.sessionId });
    li.append(b);
  }
  return li;
}

function renderQueue(): void {
  const list = $('queue');
  const items = snapshot.tickets.map(ticketRow);
  list.replaceChildren(...(items.length > 0 ? items : [el('li', 'empty', tr('queueEmpty', locale))]));
  const waiting = snapshot.tickets.filter((t) => t.state === 'queued').length;
  document.title = `${waiting > 0 ? `(${waiting}) ` : ''}${tr('title', locale)}`;
}

function renderConversation(): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...[...details.values()].map((d) => {
      const b = el(
        'button',
        `tab ${d.sessionId === selected ? 'active' : ''}`,
        `${trDynamic('reason', d.ticket.reason, locale)} · ${d.sessionId.slice(0, 6)}`,
      );
      b.type = 'button';
      b.onclick = () => {
        selected = d.sessionId;
        renderConversation();
      };
      return b;
    }),
  );
  const d = selected ? details.get(selected) : undefined;
  $('conversation').hidden = !d;
  $('empty').hidden = !!d;
  $('empty').textContent = tr('noConversation', locale);
  if (!d) {
    $('summary').replaceChildren();
    $('suggestions').replaceChildren();
    return;
  }
  $('conv-title').textContent = [
    d.sessionId.slice(0, 8),
    trDynamic('language', d.ticket.locale, locale),
    trDynamic('channel', d.ticket.channel, locale),
  ].join(' · ');
  const badges = $('conv-badges');
  badges.replaceChildren(
    el('span', 'badge reason', trDynamic('reason', d.ticket.reason, locale)),
    el(
      'span',
      `badge ${d.summary.verified ? 'ok' : 'warn'}`,
      tr(d.summary.verified ? 'verified' : 'unverified', locale),
    ),
  );
  if (d.summary.riskHold) badges.append(el('span', 'badge danger', tr('riskHold', locale)));
  const transcript = $('transcript');
  const titles = sourceTitles(d);
  transcript.replaceChildren(...d.transcript.map((l) => transcriptLine(l, locale, titles)));
  transcript.scrollTop = transcript.scrollHeight;
  const view = summaryView(d, locale, (text) => {
    const reply = $<HTMLTextAreaElement>('reply');
    reply.value = text;
    reply.focus();
  });
  $('summary').replaceChildren(view.summary);
  $('suggestions').replaceChildren(...view.suggestions);
}

function renderSupervisor(): void {
  if (supervisorStats) $('supervisor-stats').replaceChildren(...supervisorView(supervisorStats, locale));
}

function renderAll(): void {
  renderQueue();
  renderConversation();
  renderSupervisor();
}

// ------------------------------------------------------------------------------------------------ feedback

function beep(): void {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.25);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.25);
  } catch (err) {
    console.warn('beep unavailable', err);
  }
}

function toast(text: string): void {
  const t = el('div', 'toast', text);
  document.body.append(t);
  setTimeout(() => t.remove(), 4000);
}

// ------------------------------------------------------------------------------------------------ wiring

$<HTMLFormElement>('login-form').addEventListener('submit', (e) => {
  e.preventDefault();
  audio ??= new AudioContext(); // created on a user gesture so the beep may play later
  void signIn($<HTMLInputElement>('username').value.trim(), $<HTMLInputElement>('password').value).catch(() =>
    setLoginError({ kind: 'failed' }),
  );
});
$<HTMLFormElement>('reply-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const reply = $<HTMLTextAreaElement>('reply');
  const text = reply.value.trim();
  if (!text || !selected) return;
  socket?.emit('conversation.reply', { sessionId: selected, text });
  reply.value = '';
});
$<HTMLTextAreaElement>('reply').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $<HTMLFormElement>('reply-form').requestSubmit();
  }
});
$('return').addEventListener('click', () => {
  if (selected) socket?.emit('conversation.return', { sessionId: selected });
});
$('close').addEventListener('click', () => {
  if (!selected) return;
  const disposition = $<HTMLSelectElement>('disposition').value as (typeof DISPOSITIONS)[number];
  const note = $<HTMLInputElement>('note').value.trim();
  socket?.emit('conversation.close', { sessionId: selected, disposition, ...(note ? { note } : {}) });
  $<HTMLInputElement>('note').value = '';
});
$<HTMLSelectElement>('presence').addEventListener('change', (e) => {
  const status = (e.target as HTMLSelectElement).value === 'away' ? 'away' : 'available';
  socket?.emit('agent.presence', { status });
});
$('logout').addEventListener('click', signOut);
$('locale').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  applyLocale();
});
setInterval(() => {
  for (const w of document.querySelectorAll<HTMLElement>('.wait[data-since]'))
    w.textContent = waitText(Number(w.dataset.since), locale);
}, 1000);

applyLocale();
// The sandbox accounts are shown only where the server actually has them.
$('sandbox-hint').hidden = true;
void fetch('/healthz')
  .then((r) => r.json() as Promise<{ features?: { handoff?: { sandboxAgents?: boolean } } }>)
  .then((h) => ($('sandbox-hint').hidden = h.features?.handoff?.sandboxAgents !== true))
  .catch(() => undefined);
const saved = sessionStorage.getItem(STORAGE_KEY);
if (saved) {
  try {
    const parsed = JSON.parse(saved) as AgentLoginResponse;
    if (parsed.expiresAt > Date.now()) {
      session = parsed;
      connect();
    } else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}
