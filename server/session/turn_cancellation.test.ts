import { describe, expect, it } from 'vitest';
import { TurnCancellation } from './turn_cancellation.ts';

const bargeIn = (): DOMException => new DOMException('barge_in', 'AbortError');

describe('cancelling a turn', () => {
  it('reaches a step that took the signal before the cancel', () => {
    const c = new TurnCancellation();
    const signal = c.signal;
    let heard: unknown = null;
    signal.addEventListener('abort', () => (heard = signal.reason));
    expect(c.cancel(bargeIn())).toBe(true);
    expect(signal.aborted).toBe(true);
    expect((heard as DOMException).message).toBe('barge_in');
    expect(() => c.throwIfAborted()).toThrow('barge_in');
  });

  it('reaches a step that asks for the signal after the cancel', () => {
    const c = new TurnCancellation();
    c.cancel(bargeIn());
    expect(c.aborted).toBe(true);
    expect(c.signal.aborted).toBe(true);
    expect((c.signal.reason as DOMException).name).toBe('AbortError');
  });

  it("follows the caller's own signal, and a second cancel reports that nothing changed", () => {
    const outer = new AbortController();
    const c = new TurnCancellation(outer.signal);
    const signal = c.signal;
    expect(c.aborted).toBe(false);
    expect(() => c.throwIfAborted()).not.toThrow();
    outer.abort(bargeIn());
    expect(c.aborted).toBe(true);
    expect(signal.aborted).toBe(true);
    expect(() => c.throwIfAborted()).toThrow('barge_in');
    expect(c.cancel(bargeIn())).toBe(false);
  });

  it('gives one signal for the whole turn', () => {
    const c = new TurnCancellation();
    expect(c.signal).toBe(c.signal);
  });
});
