/**
 * The default of `ENDPOINT_MIN_SILENCE_MS` (`config.endpointMinSilenceMs`): the shortest silence that ends a
 * turn whose transcript reads as complete (adaptive end of turn). Voice sessions built without a config
 * (tests, CLIs) use it too.
 */
export const DEFAULT_ENDPOINT_MIN_SILENCE_MS = 200;
