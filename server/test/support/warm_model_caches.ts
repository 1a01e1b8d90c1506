/**
 * Vitest global setup: trains the models a test server loads at start (the intent model, each locale's article
 * classifier, the handoff model) into the default model cache (`.cache/`) once, before any test file runs. On a
 * fresh clone the cache is empty, and without this every suite that starts a server first would train its own
 * copy inside its 60-s `beforeAll` while the other worker does the same; on a loaded 2-core CI machine that ran
 * past the hook's limit. When the cache is already warm this only reads the files back (a few seconds).
 */
import { loadConfig } from '../../config.ts';
import { loadHandoffConfig } from '../../handoff/handoff_config.ts';
import { handoffModelFor } from '../../handoff/model/handoff_model_cache.ts';
import { silentLogger } from '../../logger.ts';
import { buildUnderstanding } from '../../nlu/build_understanding.ts';

export default async function warmModelCaches(): Promise<void> {
  const config = loadConfig({});
  const t0 = performance.now();
  const understanding = await buildUnderstanding({ ...config, watchContent: false }, silentLogger());
  await understanding.close();
  handoffModelFor(loadHandoffConfig({}), config.cacheDir);
  process.stdout.write(
    `model caches ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${config.cacheDir})` + '\n',
  );
}
