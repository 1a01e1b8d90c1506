/** The committed avatars/manifest.json is valid and points at files that exist. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest, pickAvatar } from './avatar_manifest.ts';

const manifestUrl = new URL('../../avatars/manifest.json', import.meta.url);

describe('avatar manifest', () => {
  const manifest = parseManifest(JSON.parse(readFileSync(manifestUrl, 'utf8')));

  it('lists the default avatar with names and voices per locale', () => {
    const a = pickAvatar(manifest);
    expect(a.file).toBe('default.vrm');
    expect(a.displayName['zh-CN']).toBe('小安');
    expect(a.voice.espeak).toEqual({ 'zh-CN': 'cmn', en: 'en-us' });
    expect(a.voice.azure).toEqual({ 'zh-CN': 'zh-CN-XiaoxiaoNeural', en: 'en-US-JennyNeural' });
    expect(a.fileLite).toBe('default_lite.vrm');
    for (const entry of manifest.avatars) {
      for (const f of [entry.file, entry.fileLite ?? entry.file]) {
        expect(existsSync(new URL(`../../avatars/${f}`, import.meta.url)), f).toBe(true);
      }
    }
  });

  it('falls back to the default for an unknown id and rejects bad entries', () => {
    expect(pickAvatar(manifest, 'nope').id).toBe(manifest.default);
    expect(() => parseManifest({ version: 1, avatars: [{ id: 'x', file: '../etc/passwd' }] })).toThrow();
    expect(() => parseManifest({ version: 1, avatars: [] })).toThrow();
  });
});
