/**
 * Builds each client page's `main.ts` into one browser bundle with esbuild on first request, then serves
 * it from memory. A build error is returned as a 500 with the message (and logged), never a crash.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export class ClientBundler {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly clientDir: string,
    private readonly minify: boolean,
  ) {}

  has(page: string): boolean {
    return existsSync(join(this.clientDir, page, 'main.ts'));
  }

  bundle(page: string): Promise<string> {
    let p = this.cache.get(page);
    if (!p) {
      p = this.build(page);
      this.cache.set(page, p);
      p.catch(() => this.cache.delete(page));
    }
    return p;
  }

  private async build(page: string): Promise<string> {
    const result = await build({
      entryPoints: [join(this.clientDir, page, 'main.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: this.minify,
      sourcemap: false,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const out = result.outputFiles[0];
    if (!out) throw new Error(`no bundle produced for ${page}`);
    return out.text;
  }
}
