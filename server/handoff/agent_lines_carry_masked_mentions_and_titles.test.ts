import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import { maskSensitive } from '../privacy/mask.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { agentLines } from './conversation_summary.ts';

const AT = Date.UTC(2026, 11, 3, 2);

let ids = 0;

/** A customer line as the store holds it: masked text, entity types only. */
function customerLine(text: string, entities: string[]): TranscriptEntry {
  return { id: `c${ids++}`, role: 'customer', text: maskSensitive(text), at: AT, meta: { entities } };
}

describe('the transcript lines an agent receives', () => {
  it('carry the values of the recorded entity types, masked as the text is', () => {
    const lines = agentLines(
      [
        customerLine('给张三转两千五，下周五', ['payee', 'amount', 'date']),
        customerLine('转500给13812345678', ['amount', 'phone']),
        customerLine('my phone is +1 555-123-4567', ['phone']),
        customerLine('卡号6222021234567890123，尾号1234的卡丢了', ['card_tail']),
      ],
      { locale: 'zh-CN' },
    );
    expect(lines.map((l) => l.meta?.['mentions'])).toEqual([
      [
        { type: 'payee', text: '张三' },
        { type: 'amount', text: '两千五' },
        { type: 'date', text: '下周五', value: '2026-12-11' },
      ],
      [
        { type: 'amount', text: '500' },
        { type: 'phone', text: '138****5678' },
      ],
      [{ type: 'phone', text: '*******4567' }],
      [
        { type: 'card_tail', text: '***************0123', value: '0123' },
        { type: 'card_tail', text: '尾号1234', value: '1234' },
      ],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/13812345678|5551234567|6222021234567890123/);
  });

  it('show a whole card or account number by its last four digits, though the turn recorded no tail', () => {
    const lines = agentLines(
      [
        customerLine('The ATM swallowed my card 6222021234567890', []),
        customerLine('卡号6222021234567890123，电话13912345678', ['phone']),
        customerLine('转到账户 6222 0212 3456 7890 888', ['amount']),
        customerLine('身份证号 110101199003071234', []),
        customerLine('my phone is +44 7700 900123', ['phone']),
      ],
      { locale: 'zh-CN' },
    );
    expect(lines.map((l) => l.meta?.['mentions'])).toEqual([
      [{ type: 'card_tail', text: '************7890', value: '7890' }],
      [
        { type: 'phone', text: '139****5678' },
        { type: 'card_tail', text: '***************0123', value: '0123' },
      ],
      [{ type: 'account_tail', text: '***************0888', value: '0888' }],
      undefined,
      [{ type: 'phone', text: '********0123' }],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/6222021234567890|13912345678|110101199003071234|900123/);
  });

  it("give an answer's article its title when a knowledge base is at hand", () => {
    const answer: TranscriptEntry = {
      id: 'a',
      role: 'assistant',
      text: '- 不动户资金安全',
      at: AT,
      meta: { kind: 'faq', source: 'account_dormancy' },
    };
    const article: Article = {
      id: 'account_dormancy',
      locale: 'zh-CN',
      title: '不动户与激活',
      questions: ['不动户怎么激活'],
      tags: [],
      answer: '- 不动户资金安全',
      path: 'zh-CN/account_dormancy.md',
    };
    const knowledge = {
      get: (id: string, locale: Locale) =>
        id === article.id && locale === article.locale ? article : undefined,
    };
    expect(agentLines([answer], { locale: 'zh-CN', knowledge })[0]!.meta).toMatchObject({
      source: 'account_dormancy',
      sourceTitle: '不动户与激活',
    });
    expect(agentLines([answer])[0]!.meta).not.toHaveProperty('sourceTitle');
    const failing = {
      get: () => {
        throw new Error('index gone');
      },
    };
    expect(agentLines([answer], { knowledge: failing })[0]!.meta).not.toHaveProperty('sourceTitle');
  });
});
