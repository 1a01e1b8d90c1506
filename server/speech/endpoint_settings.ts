/**
 * End-of-turn settings from the environment that the shared configuration does not hold yet:
 * `ENDPOINT_MIN_SILENCE_MS`, the shortest silence that ends a turn whose transcript reads as complete
 * (adaptive end of turn; default 200 ms; a value at or above `ENDPOINT_SILENCE_MS` turns it off).
 */
export const DEFAULT_ENDPOINT_MIN_SILENCE_MS = 200;

export function endpointMinSilenceMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['ENDPOINT_MIN_SILENCE_MS'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_ENDPOINT_MIN_SILENCE_MS;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`ENDPOINT_MIN_SILENCE_MS must be a whole number of milliseconds (got "${raw}")`);
  }
  return ms;
}
