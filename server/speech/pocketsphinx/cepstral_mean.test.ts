import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acousticModelDir, FeatParamsFiles, parseCepstralMeanUpdate } from './cepstral_mean.ts';

describe('cepstral mean carried between recogniser children', () => {
  it('reads the mean a child reports when it updates it, and nothing from other log lines', () => {
    const line =
      'INFO: cmn_live.c(138): Update to   < 62.93 18.58 -34.49  8.93 -22.54 -3.59 -9.66 -1.70  5.63  8.10  3.51  5.56 -0.06 >';
    expect(parseCepstralMeanUpdate(line)).toEqual([62.93, 18.58, -34.49, 8.93, -22.54, -3.59, -9.66, -1.7, 5.63, 8.1, 3.51, 5.56, -0.06]); // prettier-ignore
    expect(parseCepstralMeanUpdate('INFO: cmn_live.c(120): Update from < 41.00 -5.29 >')).toBeNull();
    expect(parseCepstralMeanUpdate('INFO: ngram_search.c(912): bestpath 0.01 CPU')).toBeNull();
  });

  it("writes a feat.params that keeps the model's settings and starts from the given mean", () => {
    const model = mkdtempSync(join(tmpdir(), 'model-'));
    writeFileSync(
      join(model, 'feat.params'),
      '-lowerf 130\n-cmn batch\n-cmninit 41.00,-5.29,-0.12\n-model ptm\n',
    );
    const files = new FeatParamsFiles(model);
    const path = files.write([60.5, 20.123, -3])!;
    expect(readFileSync(path, 'utf8')).toBe(
      '-lowerf 130\n-cmn batch\n-cmninit 60.50,20.12,-3.00\n-model ptm\n',
    );
    files.release(path);
    expect(existsSync(path)).toBe(false);
    const kept = files.write([1, 2, 3])!;
    files.close();
    expect(existsSync(kept)).toBe(false);
  });

  it('does nothing for a model without feat.params, and finds the model among the arguments', () => {
    expect(new FeatParamsFiles(mkdtempSync(join(tmpdir(), 'empty-'))).write([1, 2])).toBeNull();
    expect(acousticModelDir(['-hmm', '/models/bank', '-lm', 'x.lm'], '/usr/share/default')).toBe(
      '/models/bank',
    );
    expect(acousticModelDir(['-lm', 'x.lm'], '/usr/share/default')).toBe('/usr/share/default');
  });
});
