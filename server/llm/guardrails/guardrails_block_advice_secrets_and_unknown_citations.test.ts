import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../knowledge/load_articles.ts';
import { splitSentencesForTest } from './split_for_test.ts';
import { AnswerGuard } from './answer_guard.ts';
import { bannedContent } from './banned_content.ts';
import { extractCitations } from './citations.ts';
import { hasLongDigitRun, maskForPrompt } from './mask_for_prompt.ts';

describe('banned content', () => {
  it('catches investment advice and promised returns in both languages', () => {
    for (const s of [
      '推荐您买这款基金，收益很高。',
      '这款产品稳赚不赔。',
      '保本高收益，放心买。',
      '建议您配置一些黄金。',
      'You should invest in this fund.',
      'It offers guaranteed returns.',
      'I recommend buying the 90-day product.',
    ])
      expect(bannedContent(s), s).toBe('investment_advice');
  });

  it('allows the disclosures and safety advice a bank must give', () => {
    for (const s of [
      '理财产品不保证收益，也并非无风险。',
      '建议您购买前仔细阅读产品说明书。',
      '请勿向任何人提供密码或验证码。',
      'Wealth products have no guaranteed returns.',
      'Never share your PIN or one-time code with anyone.',
      '我无法为您转账，请通过手机银行办理。',
    ])
      expect(bannedContent(s), s).toBeNull();
  });

  it('catches asking for secrets and claiming to have moved money', () => {
    expect(bannedContent('请告诉我您的验证码。')).toBe('asks_for_secret');
    expect(bannedContent('您的密码是多少？')).toBe('asks_for_secret');
    expect(bannedContent('Please tell me your PIN.')).toBe('asks_for_secret');
    expect(bannedContent('我已经为您转账成功。')).toBe('claims_account_action');
    expect(bannedContent("I've transferred the money.")).toBe('claims_account_action');
  });
});

describe('citations', () => {
  it('keeps retrieved ids, drops unknown ones, and removes every marker from the text', () => {
    const r = extractCitations(
      '手机银行转账免费[transfer_fees]【made_up】。见[transfer_fees, deposit_insurance]',
      new Set(['transfer_fees', 'deposit_insurance']),
    );
    expect(r).toEqual({
      text: '手机银行转账免费。见',
      cited: ['transfer_fees', 'deposit_insurance'],
      unknown: ['made_up'],
    });
  });
});

describe('masking for prompts', () => {
  it('masks cards, phones and any 11+ digit run the patterns miss', () => {
    const masked = maskForPrompt('卡号6222 0212 3456 7890，手机13812345678，编号 12345678901');
    expect(masked).not.toMatch(/6222|12345678|3812345678/);
    expect(hasLongDigitRun(masked)).toBe(false);
    expect(masked).toContain('7890');
  });
});

describe('every knowledge article passes the guard against itself', () => {
  // A guard that blocks the bank's own content would block every faithful answer.
  const articles = loadArticles(new URL('../../../knowledge', import.meta.url).pathname);

  it.each(articles.map((a) => [`${a.locale}/${a.id}`, a] as const))('%s', (_name, a) => {
    const guard = new AnswerGuard({ sourceIds: [a.id], sourceTexts: [`${a.title}\n${a.answer}`] });
    for (const sentence of splitSentencesForTest(a.answer)) {
      const verdict = guard.check(`${sentence}[${a.id}]`);
      expect(verdict, sentence).toMatchObject({ ok: true, cited: [a.id] });
    }
  });
});
