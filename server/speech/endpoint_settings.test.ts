import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { DEFAULT_ENDPOINT_MIN_SILENCE_MS } from './endpoint_settings.ts';

describe('ENDPOINT_MIN_SILENCE_MS', () => {
  it('defaults to the adaptive minimum and reads whole milliseconds', () => {
    expect(loadConfig({}).endpointMinSilenceMs).toBe(DEFAULT_ENDPOINT_MIN_SILENCE_MS);
    expect(loadConfig({ ENDPOINT_MIN_SILENCE_MS: '250' }).endpointMinSilenceMs).toBe(250);
  });

  it('refuses a value that is not a whole number of milliseconds, naming the variable', () => {
    expect(() => loadConfig({ ENDPOINT_MIN_SILENCE_MS: '0.2s' })).toThrow(ConfigError);
    expect(() => loadConfig({ ENDPOINT_MIN_SILENCE_MS: '-1' })).toThrow(
      /ENDPOINT_MIN_SILENCE_MS|endpointMinSilenceMs/,
    );
  });
});

describe('POCKETSPHINX_PROFILE', () => {
  it('is accurate unless set to fast, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).pocketsphinxProfile).toBe('accurate');
    expect(loadConfig({ POCKETSPHINX_PROFILE: 'fast' }).pocketsphinxProfile).toBe('fast');
    expect(() => loadConfig({ POCKETSPHINX_PROFILE: 'quick' })).toThrow(
      /POCKETSPHINX_PROFILE|pocketsphinxProfile/,
    );
  });
});
