/**
 * The file side of a trained model's start-up cache (`<cacheDir>/<prefix><hash>.json`): read it back if it
 * is there and valid, or write it atomically and remove the stale files of the same prefix. A missing file is
 * normal; an unreadable or corrupt one is logged and retrained, never fatal. Used by the intent model and the
 * handoff model, each with its own key and training.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';

export interface ModelFileCache<M> {
  /** Human name in log messages, e.g. `intent model`. */
  what: string;
  dir: string;
  /** File-name prefix; the cache file is `<prefix><key>.json`. */
  prefix: string;
  fromJSON(json: unknown): M;
  toJSON(model: M): unknown;
}

export function modelCacheFile<M>(cache: ModelFileCache<M>, key: string): string {
  return join(cache.dir, `${cache.prefix}${key}.json`);
}

export function readModelCache<M>(cache: ModelFileCache<M>, file: string, log?: Logger): M | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      log?.warn({ err, file }, `${cache.what} cache unreadable`);
    return undefined;
  }
  try {
    return cache.fromJSON(JSON.parse(source));
  } catch (err) {
    log?.warn({ err, file }, `${cache.what} cache invalid; retraining`);
    return undefined;
  }
}

export function writeModelCache<M>(cache: ModelFileCache<M>, file: string, model: M, log?: Logger): void {
  try {
    mkdirSync(cache.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache.toJSON(model)));
    renameSync(tmp, file);
    for (const name of readdirSync(cache.dir)) {
      const path = join(cache.dir, name);
      if (name.startsWith(cache.prefix) && name.endsWith('.json') && path !== file)
        rmSync(path, { force: true });
    }
  } catch (err) {
    log?.warn({ err, file }, `could not write ${cache.what} cache`);
  }
}
