/**
 * `npm run eval -- <suite> [options]`: the eval entry point. `intents` is built in; `faq` and `handoff` are
 * loaded on demand from `./faq_eval.ts` / `./handoff_eval.ts`, which export `runFaqEval(argv)` /
 * `runHandoffEval(argv)`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

type Runner = (argv: string[]) => unknown;

const here = dirname(fileURLToPath(import.meta.url));

async function lazySuite(file: string, exportName: string): Promise<Runner> {
  const path = join(here, file);
  if (!existsSync(path)) throw new Error(`this eval suite is not available yet: ${file} is missing`);
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const fn = mod[exportName];
  if (typeof fn !== 'function') throw new Error(`${file} does not export ${exportName}(argv)`);
  return fn as Runner;
}

const SUITES: Record<string, () => Promise<Runner>> = {
  intents: async () => (await import('./intents_eval.ts')).runIntentsEval,
  faq: () => lazySuite('faq_eval.ts', 'runFaqEval'),
  handoff: () => lazySuite('handoff_eval.ts', 'runHandoffEval'),
};

const USAGE = `usage: npm run eval -- <${Object.keys(SUITES).join('|')}> [options]`;

export async function main(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  if (!suite || suite === '--help' || suite === '-h') {
    console.log(USAGE);
    return suite ? 0 : 2;
  }
  const load = SUITES[suite];
  if (!load) {
    console.error(`unknown eval suite "${suite}"\n${USAGE}`);
    return 2;
  }
  try {
    const run = await load();
    await run(rest);
    return 0;
  } catch (err) {
    console.error(`eval ${suite} failed: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
