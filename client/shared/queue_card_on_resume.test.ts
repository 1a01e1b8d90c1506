import { describe, expect, it } from 'vitest';
import type { HandoffStatus } from '../../server/protocol/protocol.ts';
import { QueueCardOnResume } from './queue_card_on_resume.ts';

function setup(offersLeaving = false): { again: QueueCardOnResume; drawn: HandoffStatus[] } {
  const drawn: HandoffStatus[] = [];
  const again = new QueueCardOnResume({ offersLeaving }, (s) => drawn.push(s));
  again.connected();
  return { again, drawn };
}

const queued: HandoffStatus = { state: 'queued', position: 2, etaSec: 120 };

describe('the queue card drawn again after a resume', () => {
  it('is drawn once whether the status comes before or after session.ready', () => {
    const after = setup();
    after.again.ready(true);
    after.again.status(queued);
    after.again.status({ state: 'queued', position: 1 });
    expect(after.drawn).toEqual([queued]);

    const before = setup();
    before.again.status(queued);
    expect(before.drawn).toEqual([]);
    before.again.ready(true);
    expect(before.drawn).toEqual([queued]);
  });

  it('is drawn while nobody can take the chat now, not with an agent or after the wait ended', () => {
    const unavailable = setup();
    unavailable.again.ready(true);
    unavailable.again.status({ state: 'unavailable' });
    expect(unavailable.drawn).toEqual([{ state: 'unavailable' }]);
    for (const state of ['with_agent', 'returned', 'cancelled'] as const) {
      const { again, drawn } = setup();
      again.ready(true);
      again.status({ state });
      expect(drawn).toEqual([]);
    }
  });

  it('is not drawn for a new session, a live handoff, or beside a card that still offers leaving', () => {
    const fresh = setup();
    fresh.again.ready(false);
    fresh.again.status(queued);
    expect(fresh.drawn).toEqual([]);

    const live = setup();
    live.again.ready(true);
    live.again.replied();
    live.again.status(queued);
    expect(live.drawn).toEqual([]);

    const kept = setup(true);
    kept.again.ready(true);
    kept.again.status(queued);
    expect(kept.drawn).toEqual([]);
  });

  it('starts over on each connection', () => {
    const { again, drawn } = setup();
    again.ready(true);
    again.status(queued);
    again.connected();
    again.ready(true);
    again.status(queued);
    expect(drawn).toEqual([queued, queued]);
  });
});
