/**
 * Spoken replies on the lobby screen, driven by a tiny socket.io server that sends synthetic `reply.audio`
 * with viseme timelines: the mouth weights follow the visemes on the audio clock (peaks at the scheduled
 * times), an open mouth looks different from a closed one, and `reply.cancel` stops audio and mouth at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, SKIP_MESSAGE } from './support/browser.ts';
import { startTestBrowser, type TestBrowser } from './support/test_browser.ts';
import {
  startFakeCustomerServer,
  synthUtterance,
  DEFAULT_PATTERN,
  type FakeCustomerServer,
} from './support/fake_customer_server.ts';
import { percentile, visemePeaks } from './support/lip_sync_metrics.ts';
import {
  hook,
  lipRecords,
  regionDiff,
  waitForAvatar,
  waitUntil,
  weights,
  type PageProbe,
} from './support/page_helpers.ts';
import type { CanvasStats } from '../avatar/test_hook.ts';
import type { Viseme } from '../../server/protocol/protocol.ts';

const available = chromiumAvailable();
if (!available) console.warn(SKIP_MESSAGE);

const VISEMES = ['aa', 'ih', 'ou', 'ee', 'oh'];
const VOWELS: readonly Viseme[] = ['aa', 'oh', 'ee', 'ou'];
const mouthOpen = (w: Record<string, number>): number => Math.max(...VISEMES.map((v) => w[v] ?? 0));

describe.skipIf(!available)('kiosk speech and lip sync', () => {
  let server: FakeCustomerServer;
  let browser: TestBrowser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    browser = await startTestBrowser({ width: 720, height: 960 });
    server = await startFakeCustomerServer();
    probe = await browser.open(`${server.url}/kiosk`);
    page = probe.page;
    await waitForAvatar(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plays a spoken reply: the mouth weights rise and fall with the visemes, and playback is reported', async () => {
    const since = await hook<number>(page, 'h.clock()');
    await page.fill('#text', '营业时间');
    await page.press('#text', 'Enter');
    const started = await server.waitFor('playback.started');
    expect((started.payload as { replyId: string }).replyId).toMatch(/^fake-r/);
    await waitUntil(
      page,
      `Math.max(...['aa','ih','ou','ee','oh'].map((v) => h.expressionWeights()[v] ?? 0)) > 0.5`,
    );
    await server.waitFor('playback.ended', 15_000);
    await page.waitForTimeout(200);
    expect(mouthOpen(await weights(page))).toBeLessThan(0.05);
    const { frames } = await lipRecords(page, since);
    const open = frames.map((f) => mouthOpen(f.visemes));
    const peak = Math.max(...open);
    expect(peak).toBeGreaterThan(0.7);
    // It rose from closed and fell back to closed within the reply.
    const first = open.findIndex((v) => v > 0.5);
    expect(open.slice(0, Math.max(1, first)).some((v) => v < 0.05)).toBe(true);
    expect(open.slice(first).some((v) => v < 0.05)).toBe(true);
    expect(await page.locator('#caption-assistant').textContent()).toContain('营业时间');
    expect(await page.locator('#caption-source').textContent()).toContain('营业时间说明');
  });

  it('peaks each viseme at its scheduled audio time (within one rendered frame, never early)', async () => {
    const { frames, events } = await lipRecords(page);
    const peaks = visemePeaks(frames, events);
    const spoken = DEFAULT_PATTERN.filter(([v]) => v !== 'sil').length;
    expect(peaks.length).toBeGreaterThanOrEqual(Math.ceil(spoken * 0.7));
    const offsets = peaks.map((p) => Math.abs(p.offsetMs));
    for (const p of peaks) {
      expect(p.offsetMs, `${p.viseme} early`).toBeGreaterThanOrEqual(-p.leadMs - 5);
      expect(p.offsetMs, `${p.viseme} late by more than its frame`).toBeLessThanOrEqual(p.frameMs + 10);
    }
    console.warn(
      `lip-sync offsets ms p50=${percentile(offsets, 50).toFixed(1)} p95=${percentile(offsets, 95).toFixed(1)} ` +
        `over ${peaks.length} visemes, median frame ${percentile(
          peaks.map((p) => p.frameMs),
          50,
        ).toFixed(1)} ms`,
    );
  });

  it('looks different with the mouth open than closed', async () => {
    const u = synthUtterance('open-mouth', [
      ['sil', 100],
      ['aa', 2500],
      ['sil', 100],
    ]);
    server.speak('啊——', u);
    await waitUntil(page, `(h.expressionWeights().aa ?? 0) > 0.8`);
    const stats = await hook<CanvasStats>(page, 'h.canvasStats()');
    const mouth = stats.mouth;
    expect(mouth).not.toBeNull();
    if (!mouth) return;
    const s = Math.max(24, stats.pxPerMetre * 0.06);
    const mouthBox = {
      x: Math.round(mouth.x - s / 2),
      y: Math.round(mouth.y - s / 3),
      width: Math.round(s),
      height: Math.round(s / 1.5),
    };
    const openShot = await page.screenshot({ path: 'evals/reports/screenshots/test-kiosk-mouth-open.png' });
    await waitUntil(page, `(h.expressionWeights().aa ?? 1) < 0.02 && !h.playing()`, 15_000);
    await page.waitForTimeout(150);
    const closedShot = await page.screenshot({
      path: 'evals/reports/screenshots/test-kiosk-mouth-closed.png',
    });
    const diff = await regionDiff(page, openShot, closedShot, mouthBox);
    expect(diff).toBeGreaterThan(0.04);
  });

  it('streams 16 kHz PCM16 frames of 20 ms with sequence numbers while push-to-talk is held', async () => {
    const ptt = page.locator('#ptt');
    expect(await ptt.isDisabled()).toBe(false);
    const box = await ptt.boundingBox();
    if (!box) throw new Error('no push-to-talk button');
    const before = server.received.length;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Chromium's fake microphone beeps about once a second: hold the button until a beep has been sent.
    const loudest = (): number => {
      const frames = server.received
        .slice(before)
        .filter((r) => r.event === 'audio.frame')
        .slice(5)
        .map((r) => new Int16Array(new Uint8Array((r.payload as { pcm: Buffer }).pcm).buffer));
      return frames.length < 20 ? 0 : Math.max(0, ...frames.flatMap((f) => [...f].map(Math.abs)));
    };
    await expect.poll(loudest, { timeout: 10_000 }).toBeGreaterThan(100);
    expect(await ptt.getAttribute('aria-pressed')).toBe('true');
    await page.mouse.up();
    await server.waitFor('audio.end');
    const mine = server.received.slice(before);
    const start = mine.find((r) => r.event === 'audio.start')?.payload as {
      sampleRate: number;
      encoding: string;
      mode: string;
    };
    expect(start).toEqual({ sampleRate: 16000, encoding: 'pcm16', mode: 'push_to_talk' });
    const frames = mine
      .filter((r) => r.event === 'audio.frame')
      .map((r) => r.payload as { seq: number; pcm: Buffer });
    expect(frames.map((f) => f.seq)).toEqual(frames.map((_, i) => i));
    expect(frames.every((f) => f.pcm.byteLength === 640)).toBe(true);
    const samples = new Int16Array(
      frames.slice(5).flatMap((f) => [...new Int16Array(new Uint8Array(f.pcm).buffer)]),
    );
    expect(Math.max(...samples.map(Math.abs))).toBeGreaterThan(100);
    expect(mine.findIndex((r) => r.event === 'audio.end')).toBeGreaterThan(
      mine.findIndex((r) => r.event === 'audio.frame'),
    );
  });

  it('stops audio and closes the mouth at once on reply.cancel (barge-in)', async () => {
    const u = synthUtterance('long-reply', [
      ['sil', 100],
      ...Array.from({ length: 20 }, (_, i): readonly [Viseme, number] => [VOWELS[i % 4] ?? 'aa', 200]),
    ]);
    server.speak('这是一段很长的回答。', u);
    await waitUntil(
      page,
      `h.playing() && Math.max(...['aa','ih','ou','ee','oh'].map((v) => h.expressionWeights()[v] ?? 0)) > 0.5`,
    );
    const t0 = Date.now();
    server.emit('reply.cancel', { replyId: 'long-reply', reason: 'barge_in' });
    await waitUntil(page, `!h.playing()`, 2000);
    await waitUntil(
      page,
      `Math.max(...['aa','ih','ou','ee','oh'].map((v) => h.expressionWeights()[v] ?? 0)) < 0.02`,
      2000,
    );
    expect(Date.now() - t0).toBeLessThan(1500);
    await page.waitForTimeout(500);
    expect(mouthOpen(await weights(page))).toBeLessThan(0.02);
    expect(
      server.received.some(
        (r) => r.event === 'playback.ended' && (r.payload as { replyId: string }).replyId === 'long-reply',
      ),
    ).toBe(false);
    expect(probe.errors).toEqual([]);
  });
});
