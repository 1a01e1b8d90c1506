import { describe, expect, it } from 'vitest';
import { card, toReplyDraft } from './flow_replies.ts';

const meta = { locale: 'zh-CN' as const, intent: 'check_balance', confidence: 1, entities: [] };
const balance = card('balance', '账户余额', [['尾号1234', '¥52,300.00']], { sensitive: true });

describe('a reply with a sensitive card', () => {
  it('at the kiosk points to the screen, even if a flow forgot its kiosk text', () => {
    const r = toReplyDraft({ text: '余额为¥52,300.00', card: balance }, { ...meta, channel: 'kiosk' });
    expect(r.text).toBe('信息已显示在屏幕上，请您查看屏幕。');
    expect(r.speech).toBe(r.text);
    const leaky = toReplyDraft(
      { text: 'x', kioskText: '余额52300', card: balance },
      { ...meta, channel: 'kiosk' },
    );
    expect(leaky.text).not.toMatch(/\d/);
  });

  it('in the app keeps the figures; phone entities echo only the masked text', () => {
    const phone = { type: 'phone', text: '138****0001', value: '13800000001', start: 0, end: 11 };
    const r = toReplyDraft(
      { text: '余额为¥52,300.00', card: balance },
      { ...meta, channel: 'app', entities: [phone] },
    );
    expect(r.text).toContain('52,300.00');
    expect(JSON.stringify(r.entities)).not.toContain('13800000001');
  });
});
