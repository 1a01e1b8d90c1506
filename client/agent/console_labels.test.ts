import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAUD_SCHEMES } from '../../server/handoff/fraud/fraud_patterns.ts';
import { HANDOFF_REASONS } from '../../server/nlu/intent_catalog_schema.ts';
import type { Locale } from '../../server/protocol/protocol.ts';
import { becauseLabel } from './because_labels.ts';
import { mentionedItems } from './entity_labels.ts';
import { agentErrorText } from './error_text.ts';
import { AGENT_UI, trDynamic } from './i18n.ts';
import { INTENT_LABELS, intentLabel } from './intent_labels.ts';
import { loginErrorText } from './login_error.ts';
import { systemLineText } from './system_lines.ts';
import { triedItems } from './tried_labels.ts';

const LOCALES: Locale[] = ['zh-CN', 'en'];
const IDENTIFIER = /\b[a-z]+(?:_[a-z]+)+\b/;

describe('agent console labels', () => {
  it('names every intent of the catalogue in both languages, and humanises one it does not know', () => {
    const intents = readdirSync(new URL('../../intents/', import.meta.url))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => f.replace(/\.yml$/, ''));
    expect(intents).toContain('transfer_money');
    for (const intent of intents)
      for (const locale of LOCALES)
        expect(INTENT_LABELS[intent]?.[locale], `${intent} ${locale}`).toBeTruthy();
    expect(intentLabel('transfer_money', 'zh-CN')).toBe('转账');
    expect(intentLabel('transfer_money', 'en')).toBe('Transfer money');
    expect(intentLabel('open_joint_account', 'en')).toBe('open joint account');
  });

  it('labels every handoff reason, and never shows a raw value for an unknown one', () => {
    for (const reason of HANDOFF_REASONS)
      for (const locale of LOCALES) expect(trDynamic('reason', reason, locale)).not.toMatch(IDENTIFIER);
    expect(trDynamic('reason', 'fraud_risk', 'zh-CN')).toBe('疑似诈骗');
    expect(trDynamic('reason', 'new_reason_kind', 'en')).toBe('new reason kind');
  });

  it('words the policy triggers', () => {
    expect(becauseLabel('phrase', 'zh-CN')).toBe('明确要求转人工');
    expect(becauseLabel('intent:complaint', 'zh-CN')).toBe('识别意图：投诉');
    expect(becauseLabel('intent:complaint', 'en')).toBe('Intent: Complaint');
    expect(becauseLabel('trend:-0.62', 'en')).toBe('Sentiment trend -0.62');
    expect(becauseLabel('model:fraud:0.91', 'en')).toBe('Model: fraud 0.91');
    expect(becauseLabel('fallbacks:3', 'zh-CN')).toBe('助手连续 3 次未能理解');
    for (const scheme of FRAUD_SCHEMES)
      for (const locale of LOCALES) expect(becauseLabel(`scheme:${scheme}`, locale)).not.toMatch(IDENTIFIER);
  });

  it('tells a long lockout in minutes and a short one in seconds', () => {
    const throttled = (retryAfterSec: number, locale: Locale): string =>
      loginErrorText({ kind: 'throttled', retryAfterSec }, locale);
    expect(throttled(840, 'zh-CN')).toBe('失败次数过多，请 14 分钟后再试。');
    expect(throttled(840, 'en')).toBe('Too many attempts; try again in 14 min.');
    expect(throttled(91, 'en')).toBe('Too many attempts; try again in 2 min.');
    expect(throttled(90, 'en')).toBe('Too many attempts; try again in 90 s.');
    expect(throttled(45, 'zh-CN')).toBe('失败次数过多，请 45 秒后再试。');
  });

  it('shows mentions as "type: value" with the masked value, and a type alone when no value came', () => {
    const mentions = [
      { type: 'phone', text: '138****5678' },
      { type: 'amount', text: '两千五' },
      { type: 'date', text: '下周五', value: '2026-12-11' },
      { type: 'card_tail', text: 'ending 4321', value: '4321' },
    ];
    expect(mentionedItems(['amount', 'payee'], mentions, 'zh-CN')).toEqual([
      '手机号：138****5678',
      '金额：两千五',
      '日期：下周五（2026-12-11）',
      '卡号尾号：4321',
      '收款人',
    ]);
    expect(mentionedItems([], mentions, 'en')).toEqual([
      'Phone: 138****5678',
      'Amount: 两千五',
      'Date: 下周五 (2026-12-11)',
      'Card ending: 4321',
    ]);
  });

  it('words system lines from their facts and names articles by title', () => {
    const handoff = { text: 'handoff: negative_sentiment', meta: { handoff: 'negative_sentiment' } };
    expect(systemLineText(handoff, 'zh-CN')).toBe('转人工：情绪不满');
    expect(systemLineText(handoff, 'en')).toBe('Handed over: Upset');
    const closed = { text: 'handoff closed', meta: { handoffEvent: 'closed', disposition: 'follow_up' } };
    expect(systemLineText(closed, 'en')).toBe('Conversation closed · Follow-up needed');
    const moved = {
      text: 'handoff queue language: zh-CN -> en',
      meta: { handoffEvent: 'language', to: 'en' },
    };
    expect(systemLineText(moved, 'zh-CN')).toBe('客户改用英文，已转入英文队列');
    expect(systemLineText(moved, 'en')).toBe('The customer switched to English: moved to the English queue');
    const tried = [
      { kind: 'faq', intent: 'activate_card', source: 'account_dormancy' },
      { kind: 'flow', intent: 'transfer_money' },
      { kind: 'handoff', intent: null },
    ];
    const titles = new Map([['account_dormancy', '不动户与激活']]);
    expect(triedItems(tried, titles, 'zh-CN')).toEqual([
      { text: '常见问题《不动户与激活》', sourceId: 'account_dormancy' },
      { text: '办理流程「转账」' },
      { text: '转人工' },
    ]);
    expect(triedItems(tried, new Map(), 'en').map((t) => t.text)).toEqual([
      'FAQ "account dormancy"',
      'Flow "Transfer money"',
      'Handed over',
    ]);
  });

  it('says a server error in the console language', () => {
    const e = { code: 'E_HANDOFF_ALREADY_CLAIMED' as const, message: '该会话已被其他坐席接起。' };
    expect(agentErrorText(e, 'en')).toBe('Action failed: Another agent has already taken this conversation.');
    expect(agentErrorText(e, 'zh-CN')).toBe('操作失败：该会话已被其他坐席接起。');
  });

  it('has no full-width colon in any English string', () => {
    for (const [key, text] of Object.entries(AGENT_UI)) expect(text.en, key).not.toContain('：');
    for (const [key, text] of Object.entries(INTENT_LABELS)) expect(text.en, key).not.toContain('：');
  });
});
