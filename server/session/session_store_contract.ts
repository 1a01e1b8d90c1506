/**
 * One contract for every SessionStore. Each implementation's test file runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord, TranscriptEntry } from './session_record.ts';
import type { SessionStore } from './session_store.ts';
import { hashResumeToken, newResumeToken, newSessionId } from './resume_token.ts';

export function record(overrides: Partial<SessionRecord> = {}): { record: SessionRecord; token: string } {
  const token = newResumeToken();
  const now = Date.now();
  return {
    token,
    record: {
      id: newSessionId(),
      channel: 'app',
      locale: 'zh-CN',
      state: 'idle',
      createdAt: now,
      lastActiveAt: now,
      turnCount: 0,
      tokenHash: hashResumeToken(token),
      context: { fallbackCount: 0, extensions: {} },
      ...overrides,
    },
  };
}

const entry = (i: number, role: TranscriptEntry['role'] = 'customer'): TranscriptEntry => ({
  id: `e${i}`,
  role,
  text: `line ${i}`,
  at: 1_700_000_000_000 + i,
});

export function sessionStoreContract(
  name: string,
  make: (opts: { ttlSec: number; maxTranscriptLines: number }) => Promise<SessionStore>,
  cleanup: () => Promise<void> = async () => undefined,
): void {
  describe(`SessionStore contract: ${name}`, () => {
    let store: SessionStore;
    let shortLived: SessionStore;
    beforeAll(async () => {
      store = await make({ ttlSec: 60, maxTranscriptLines: 5 });
      shortLived = await make({ ttlSec: 1, maxTranscriptLines: 5 });
    });
    afterAll(async () => {
      await store.close();
      await shortLived.close();
      await cleanup();
    });

    it('returns what was created, by id and by resume token hash', async () => {
      const { record: r, token } = record({ locale: 'en', channel: 'kiosk' });
      await store.create(r);
      expect(await store.get(r.id)).toEqual(r);
      expect(await store.findByTokenHash(hashResumeToken(token))).toEqual(r);
    });

    it('returns null for unknown ids and tokens', async () => {
      expect(await store.get(newSessionId())).toBeNull();
      expect(await store.findByTokenHash(hashResumeToken(newResumeToken()))).toBeNull();
    });

    it('saves a turn: the new record and the transcript lines in order', async () => {
      const { record: r } = record();
      await store.create(r);
      const next = {
        ...r,
        turnCount: 1,
        context: { ...r.context, lastIntent: 'greeting', fallbackCount: 2 },
      };
      await store.saveTurn(next, [entry(1), entry(2, 'assistant')]);
      await store.saveTurn({ ...next, turnCount: 2 }, [entry(3)]);
      expect((await store.get(r.id))?.turnCount).toBe(2);
      expect((await store.get(r.id))?.context.lastIntent).toBe('greeting');
      expect((await store.transcript(r.id)).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
      expect((await store.transcript(r.id, 2)).map((e) => e.id)).toEqual(['e2', 'e3']);
    });

    it('appends transcript lines without changing the record, and ignores unknown sessions', async () => {
      const { record: r } = record();
      await store.create(r);
      await store.saveTurn({ ...r, turnCount: 1 }, [entry(1)]);
      await store.appendTranscript(r.id, [entry(2, 'agent')]);
      expect((await store.transcript(r.id)).map((e) => [e.id, e.role])).toEqual([
        ['e1', 'customer'],
        ['e2', 'agent'],
      ]);
      expect((await store.get(r.id))?.turnCount).toBe(1);
      await store.appendTranscript(newSessionId(), [entry(3)]);
    });

    it('keeps only the newest maxTranscriptLines lines', async () => {
      const { record: r } = record();
      await store.create(r);
      await store.saveTurn(
        r,
        [1, 2, 3, 4, 5, 6, 7].map((i) => entry(i)),
      );
      expect((await store.transcript(r.id)).map((e) => e.id)).toEqual(['e3', 'e4', 'e5', 'e6', 'e7']);
    });

    it('forgets a session and its token after the TTL', async () => {
      const { record: r, token } = record();
      await shortLived.create(r);
      await shortLived.saveTurn(r, [entry(1)]);
      expect(await shortLived.get(r.id)).not.toBeNull();
      await new Promise((res) => setTimeout(res, 2100));
      expect(await shortLived.get(r.id)).toBeNull();
      expect(await shortLived.findByTokenHash(hashResumeToken(token))).toBeNull();
      expect(await shortLived.transcript(r.id)).toEqual([]);
    });

    it('deletes a session, its transcript and its token', async () => {
      const { record: r, token } = record();
      await store.create(r);
      await store.saveTurn(r, [entry(1)]);
      await store.delete(r.id);
      expect(await store.get(r.id)).toBeNull();
      expect(await store.transcript(r.id)).toEqual([]);
      expect(await store.findByTokenHash(hashResumeToken(token))).toBeNull();
    });

    it('returns copies: mutating a returned record does not change the store', async () => {
      const { record: r } = record();
      await store.create(r);
      const got = await store.get(r.id);
      got!.turnCount = 99;
      expect((await store.get(r.id))?.turnCount).toBe(0);
    });
  });
}
