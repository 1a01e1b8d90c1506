import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT_MIN_SILENCE_MS, endpointMinSilenceMs } from './endpoint_settings.ts';

describe('ENDPOINT_MIN_SILENCE_MS', () => {
  it('defaults to the adaptive minimum and reads whole milliseconds', () => {
    expect(endpointMinSilenceMs({})).toBe(DEFAULT_ENDPOINT_MIN_SILENCE_MS);
    expect(endpointMinSilenceMs({ ENDPOINT_MIN_SILENCE_MS: '250' })).toBe(250);
  });

  it('refuses a value that is not a whole number of milliseconds, naming the variable', () => {
    expect(() => endpointMinSilenceMs({ ENDPOINT_MIN_SILENCE_MS: '0.2s' })).toThrow(
      /ENDPOINT_MIN_SILENCE_MS/,
    );
    expect(() => endpointMinSilenceMs({ ENDPOINT_MIN_SILENCE_MS: '-1' })).toThrow(/ENDPOINT_MIN_SILENCE_MS/);
  });
});
