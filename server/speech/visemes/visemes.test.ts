import { describe, expect, it } from 'vitest';
import { VISEMES } from '../../protocol/protocol.ts';
import { visemeForIpa } from './ipa_visemes.ts';
import { splitPinyin, visemeForEspeakCmn, visemesForPinyin } from './mandarin_visemes.ts';
import { AZURE_VISEMES, visemeForAzureId } from './azure_visemes.ts';

describe('English IPA / eSpeak en-us phonemes -> visemes', () => {
  it('gives open, spread, rounded and closed mouths to the vowels and consonants that need them', () => {
    expect(visemeForIpa('ˈɑːɹ')).toBe('aa'); // car
    expect(visemeForIpa('iː')).toBe('ih'); // see
    expect(visemeForIpa('uː')).toBe('ou'); // you
    expect(visemeForIpa('ˈɛ')).toBe('ee'); // help
    expect(visemeForIpa('ˈoʊ')).toBe('oh'); // hello
    expect(visemeForIpa('aɪ')).toBe('aa'); // I
    expect(visemeForIpa('ˈɔɪ')).toBe('oh'); // boy
    expect(['p', 'b', 'm'].map((p) => visemeForIpa(p))).toEqual(['sil', 'sil', 'sil']);
    expect(visemeForIpa('tʃ')).toBe('ou'); // church: lips forward
    expect(visemeForIpa('ɡ')).toBe('ee'); // script g
    expect(visemeForIpa('')).toBe('sil'); // eSpeak's pause
  });

  it('does not treat language-switch markers as sounds', () => {
    expect(visemeForIpa('(en)')).toBeNull();
  });
});

describe('Mandarin pinyin and eSpeak cmn phonemes -> visemes', () => {
  it('splits pinyin into initial and standard final, including y/w spellings and ü after j q x', () => {
    expect(splitPinyin('zhang1')).toEqual({ initial: 'zh', final: 'ang' });
    expect(splitPinyin('you3')).toEqual({ initial: 'y', final: 'iou' });
    expect(splitPinyin('liu2')).toEqual({ initial: 'l', final: 'iou' });
    expect(splitPinyin('juan4')).toEqual({ initial: 'j', final: 'van' });
    expect(splitPinyin('lǜ')).toEqual({ initial: 'l', final: 'v' });
    expect(splitPinyin('wo3')).toEqual({ initial: 'w', final: 'uo' });
    expect(splitPinyin('er2')).toEqual({ initial: '', final: 'er' });
    expect(splitPinyin('xyz')).toBeNull();
  });

  it('gives each syllable its initial mouth then its main vowel', () => {
    expect(visemesForPinyin('bao')).toEqual(['sil', 'aa']); // 保: lips closed, then open
    expect(visemesForPinyin('shi4')).toEqual(['ou', 'ih']); // 是
    expect(visemesForPinyin('wu3')).toEqual(['ou', 'ou']); // 五
    expect(visemesForPinyin('yin2')).toEqual(['ih', 'ih']); // 银
    expect(visemesForPinyin('hang2')).toEqual(['ee', 'aa']); // 行
    expect(visemesForPinyin('duo1')).toEqual(['ih', 'oh']); // 多
  });

  it("maps eSpeak cmn's own phoneme names (retroflex, apical vowels, ɤ, glide + vowel finals)", () => {
    expect(visemeForEspeakCmn('s.')).toBe('ou');
    expect(visemeForEspeakCmn('ts.h')).toBe('ou');
    expect(visemeForEspeakCmn('ˈi.')).toBe('ih');
    expect(visemeForEspeakCmn('ˈi̪')).toBe('ih');
    expect(visemeForEspeakCmn('o-')).toBe('ee');
    expect(visemeForEspeakCmn('ˈonɡ')).toBe('ou');
    expect(visemeForEspeakCmn('ˈiou')).toBe('oh'); // 有: glide i, then o
    expect(visemeForEspeakCmn('ˈiɑ')).toBe('aa');
    expect(visemeForEspeakCmn('tɕh')).toBe('ih'); // 请: aspirated alveolo-palatal
    expect(visemeForEspeakCmn('χ')).toBe('ee');
    expect(visemeForEspeakCmn('(cmn)')).toBeNull();
  });
});

describe('Azure viseme ids -> visemes', () => {
  it('covers all 22 documented ids with valid shapes', () => {
    expect(AZURE_VISEMES).toHaveLength(22);
    for (const v of AZURE_VISEMES) expect(VISEMES).toContain(v);
  });

  it('keeps silence and closed lips shut and opens for ɑ', () => {
    expect(visemeForAzureId(0)).toBe('sil');
    expect(visemeForAzureId(21)).toBe('sil'); // p b m
    expect(visemeForAzureId(2)).toBe('aa');
    expect(visemeForAzureId(7)).toBe('ou'); // w u
    expect(visemeForAzureId(99)).toBe('sil');
  });

  it('agrees with the IPA table on the sounds each Azure id stands for', () => {
    const samples: [number, string][] = [[1, 'æ'], [2, 'ɑ'], [3, 'ɔ'], [6, 'i'], [7, 'u'], [8, 'o'], [11, 'aɪ'], [13, 'ɹ'], [15, 's'], [16, 'ʃ'], [18, 'f'], [19, 't'], [20, 'k'], [21, 'm']]; // prettier-ignore
    for (const [id, ipa] of samples)
      expect(visemeForAzureId(id), `id ${id} (${ipa})`).toBe(visemeForIpa(ipa));
  });
});
