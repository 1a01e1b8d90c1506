import { describe, expect, it } from 'vitest';
import { VISEMES } from '../../protocol/protocol.ts';
import { AZURE_VISEME_TABLE, azureVisemeToViseme } from './azure_viseme_map.ts';

describe('Azure viseme id -> our viseme', () => {
  it('covers every documented Azure viseme id 0-21 exactly once, in order, with one of our visemes', () => {
    expect(AZURE_VISEME_TABLE.map((e) => e.id)).toEqual(Array.from({ length: 22 }, (_, i) => i));
    for (const entry of AZURE_VISEME_TABLE) expect(VISEMES).toContain(entry.viseme);
  });

  it('keeps the documented phoneme groups for the ids', () => {
    const ipa = (id: number): readonly string[] => AZURE_VISEME_TABLE[id]?.ipa ?? [];
    expect(ipa(1)).toEqual(['æ', 'ə', 'ʌ']);
    expect(ipa(4)).toEqual(['ɛ', 'ʊ']);
    expect(ipa(6)).toEqual(['j', 'i', 'ɪ']);
    expect(ipa(16)).toEqual(['ʃ', 'tʃ', 'dʒ', 'ʒ']);
    expect(ipa(19)).toEqual(['d', 't', 'n', 'θ']);
    expect(ipa(21)).toEqual(['p', 'b', 'm']);
  });

  it('maps vowels to the matching mouth shape', () => {
    expect(azureVisemeToViseme(1)).toBe('aa'); // æ ə ʌ
    expect(azureVisemeToViseme(2)).toBe('aa'); // ɑ
    expect(azureVisemeToViseme(3)).toBe('oh'); // ɔ
    expect(azureVisemeToViseme(4)).toBe('ee'); // ɛ ʊ
    expect(azureVisemeToViseme(6)).toBe('ih'); // j i ɪ
    expect(azureVisemeToViseme(7)).toBe('ou'); // w u
    expect(azureVisemeToViseme(8)).toBe('oh'); // o
    expect(azureVisemeToViseme(11)).toBe('aa'); // aɪ
  });

  it('maps silence and closed lips (p b m) to sil, and rounded consonants to ou', () => {
    expect(azureVisemeToViseme(0)).toBe('sil');
    expect(azureVisemeToViseme(21)).toBe('sil');
    expect(azureVisemeToViseme(13)).toBe('ou'); // ɹ
    expect(azureVisemeToViseme(16)).toBe('ou'); // ʃ tʃ dʒ ʒ
    expect(azureVisemeToViseme(15)).toBe('ih'); // s z
  });

  it('falls back to sil for ids outside the table', () => {
    expect(azureVisemeToViseme(22)).toBe('sil');
    expect(azureVisemeToViseme(-1)).toBe('sil');
    expect(azureVisemeToViseme(2.5)).toBe('sil');
  });
});
