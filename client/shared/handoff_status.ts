/**
 * Where the customer stands in a handoff to a person, as one localized line for the app and the lobby
 * screen, from the server's `handoff.status` events:
 *
 *   const line = new HandoffLine(document.getElementById('handoff')!, locale);
 *   socket.on('handoff.status', (s) => line.update(s));
 *
 * Queued: "前面还有 2 位，预计等待约 3 分钟" / "2 people ahead of you, about 3 min wait", or "您是下一位" /
 * "You're next" at the front; with an agent: the agent's name; returned, cancelled or unavailable: hidden.
 * Positions are 1-based, as the server counts them (position 1 has nobody ahead), and the wait is rounded
 * up to whole minutes as the server's own queue message does.
 */
import type { HandoffStatus, Locale } from '../../server/protocol/protocol.ts';

type Text = Record<Locale, string>;

const TEXT = {
  ahead: { 'zh-CN': '前面还有 {n} 位', en: '{n} people ahead of you' },
  aheadOne: { 'zh-CN': '前面还有 1 位', en: '1 person ahead of you' },
  next: { 'zh-CN': '您是下一位', en: "You're next" },
  connecting: { 'zh-CN': '正在为您转接人工客服', en: 'Connecting you to an agent' },
  wait: { 'zh-CN': '预计等待约 {m} 分钟', en: 'about {m} min wait' },
  withAgent: { 'zh-CN': '人工客服 {name} 为您服务', en: "You're now talking to {name}" },
  withAgentUnnamed: { 'zh-CN': '人工客服已接入，正在为您服务', en: 'A member of our team is helping you' },
  agent: { 'zh-CN': '人工客服', en: 'Agent' },
} as const satisfies Record<string, Text>;

const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The line to show for a status, or null when there is nothing to show. */
export function handoffStatusText(status: HandoffStatus, locale: Locale): string | null {
  if (status.state === 'with_agent')
    return status.agentName
      ? fill(TEXT.withAgent[locale], { name: status.agentName })
      : TEXT.withAgentUnnamed[locale];
  if (status.state !== 'queued') return null;
  const parts: string[] = [];
  if (status.position === undefined) parts.push(TEXT.connecting[locale]);
  else {
    const ahead = status.position - 1;
    if (ahead <= 0) parts.push(TEXT.next[locale]);
    else if (ahead === 1) parts.push(TEXT.aheadOne[locale]);
    else parts.push(fill(TEXT.ahead[locale], { n: ahead }));
  }
  if (status.etaSec !== undefined)
    parts.push(fill(TEXT.wait[locale], { m: Math.max(1, Math.ceil(status.etaSec / 60)) }));
  return parts.join(locale === 'zh-CN' ? '，' : ', ');
}

/** Who wrote an agent's message: "人工客服 · 王芳" / "Agent · Wang Fang" (without a name: "人工客服"). */
export function agentLabel(name: string | undefined, locale: Locale): string {
  return name ? `${TEXT.agent[locale]} · ${name}` : TEXT.agent[locale];
}

/** The status line of one page: shown while queued or with an agent, hidden otherwise. */
export class HandoffLine {
  private status: HandoffStatus | null = null;

  constructor(
    private readonly el: HTMLElement,
    private locale: Locale,
  ) {
    this.render();
  }

  /** Where the handoff stands: queued, with an agent, or null (none, or over). */
  get state(): HandoffStatus['state'] | null {
    return this.status?.state ?? null;
  }

  /** The name of the agent the customer is talking to now, if any. */
  get agentName(): string | undefined {
    return this.status?.state === 'with_agent' ? this.status.agentName : undefined;
  }

  update(status: HandoffStatus): void {
    this.status = status.state === 'queued' || status.state === 'with_agent' ? status : null;
    this.render();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.render();
  }

  clear(): void {
    this.status = null;
    this.render();
  }

  private render(): void {
    const text = this.status ? handoffStatusText(this.status, this.locale) : null;
    this.el.textContent = text ?? '';
    this.el.hidden = text === null;
    this.el.dataset['state'] = this.status?.state ?? 'none';
  }
}
