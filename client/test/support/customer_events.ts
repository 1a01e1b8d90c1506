/**
 * The `/customer` socket.io events a page receives, read from its WebSocket frames (playwright-core sees
 * every frame): a test can wait for what the server said (the session id, a `session.state`) and then
 * check what the page shows for it. Call before `page.goto`.
 */
import type { Page } from 'playwright-core';

export interface ReceivedEvent {
  event: string;
  payload: unknown;
}

/** engine.io message (4), socket.io event (2) or binary event (5 with its attachment count), namespace. */
const FRAME = /^4[25](?:\d+-)?\/customer,\d*(\[[\s\S]*\])$/;

export function recordCustomerEvents(page: Page): ReceivedEvent[] {
  const events: ReceivedEvent[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string') return;
      const m = FRAME.exec(payload);
      if (!m?.[1]) return;
      const [event, body] = JSON.parse(m[1]) as [string, unknown];
      events.push({ event, payload: body });
    });
  });
  return events;
}

/** The id of the page's conversation (from its latest `session.ready`). */
export function sessionIdOf(events: readonly ReceivedEvent[]): string | undefined {
  const ready = events.filter((e) => e.event === 'session.ready').at(-1);
  return (ready?.payload as { sessionId?: string } | undefined)?.sessionId;
}
