import { describe, expect, it } from 'vitest';
import { buildSsml, fromAzureLocale, segmentText, splitSentences } from './azure_ssml.ts';

describe('SSML and text segmentation for Azure synthesis', () => {
  it('escapes the text and names the voice and language', () => {
    const ssml = buildSsml('A&B <transfer> "now"', 'en-US-JennyNeural', 'en');
    expect(ssml).toContain('xml:lang="en-US"');
    expect(ssml).toContain('<voice name="en-US-JennyNeural">');
    expect(ssml).toContain('A&amp;B &lt;transfer&gt; &quot;now&quot;');
  });

  it('splits Chinese and English sentences, keeping decimals, URLs and closing quotes whole', () => {
    expect(splitSentences('您好！请问需要办理什么业务？利率是3.5%。')).toEqual([
      '您好！',
      '请问需要办理什么业务？',
      '利率是3.5%。',
    ]);
    expect(splitSentences('Visit www.bank.com today. He said "done!" Then left\nNew line')).toEqual([
      'Visit www.bank.com today.',
      'He said "done!"',
      'Then left',
      'New line',
    ]);
  });

  it('keeps the first sentence alone and packs the rest up to the segment limit', () => {
    const text = 'First. Second one. Third one. Fourth one.';
    expect(segmentText(text, 25)).toEqual(['First.', 'Second one. Third one.', 'Fourth one.']);
    expect(segmentText('第一句。第二句。第三句。', 300)).toEqual(['第一句。', '第二句。第三句。']);
    expect(segmentText('   ')).toEqual([]);
  });

  it('splits an over-long sentence at commas, then hard at the limit', () => {
    const parts = segmentText('aaaa, bbbb, cccc', 6);
    expect(parts).toEqual(['aaaa,', 'bbbb,', 'cccc']);
    for (const p of segmentText('x'.repeat(25), 10)) expect(p.length).toBeLessThanOrEqual(10);
  });

  it('maps Azure locales back to ours', () => {
    expect(fromAzureLocale('zh-CN', 'en')).toBe('zh-CN');
    expect(fromAzureLocale('en-GB', 'zh-CN')).toBe('en');
    expect(fromAzureLocale(undefined, 'en')).toBe('en');
    expect(fromAzureLocale('fr-FR', 'zh-CN')).toBe('zh-CN');
  });
});
