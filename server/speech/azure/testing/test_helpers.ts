/** Small helpers shared by the Azure adapter tests. Test-only. */

/** Rejects when `promise` has not settled within `ms`: a failing test instead of a hanging one. */
export async function within<T>(ms: number, promise: Promise<T>, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Collects until the iteration throws; returns what arrived and the error. */
export async function collectUntilError<T>(
  iterable: AsyncIterable<T>,
): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

/** `ms` of PCM16 mono 16 kHz, as frames of `frameMs`: a low tone, so it is not all zeros. */
export function pcmFrames(ms: number, frameMs = 20): Uint8Array[] {
  const frames: Uint8Array[] = [];
  const samplesPerFrame = (16000 * frameMs) / 1000;
  for (let t = 0; t < ms; t += frameMs) {
    const frame = Buffer.alloc(samplesPerFrame * 2);
    for (let i = 0; i < samplesPerFrame; i++) frame.writeInt16LE(Math.round(1000 * Math.sin(i / 8)), i * 2);
    frames.push(new Uint8Array(frame));
  }
  return frames;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `predicate` holds; wrap in `within` to bound it. */
export async function waitFor(predicate: () => boolean, intervalMs = 10): Promise<void> {
  while (!predicate()) await sleep(intervalMs);
}

const NETWORK = /^TCP|^TLS|^UDP|^Pipe(?!Wrap$)/;

/**
 * Waits (bounded) until no network handle (socket or listening server) is open; throws with the
 * leftovers otherwise. Proves the SDK objects closed their WebSockets and the local server closed.
 * (Timers are not counted: vitest's own hook timers make that count unreliable.)
 */
export async function expectNoOpenSockets(ms = 3_000): Promise<void> {
  const open = (): string[] => process.getActiveResourcesInfo().filter((r) => NETWORK.test(r));
  const deadline = Date.now() + ms;
  while (open().length > 0 && Date.now() < deadline) await sleep(20);
  const left = open();
  if (left.length > 0) throw new Error(`open handles after the tests: ${left.join(', ')}`);
}
