import { describe, expect, it } from 'vitest';
import {
  estimateWait,
  fraudReply,
  queuedReply,
  unavailableReply,
  vetoedIntentReply,
} from './handoff_replies.ts';

describe('handoff replies', () => {
  it('tells a queued customer their place and wait, with a cancel button', () => {
    const r = queuedReply('complaint', { position: 3, etaSec: 400 }, 'zh-CN');
    expect(r.kind).toBe('handoff');
    expect(r.text).toContain('前面还有 2 位');
    expect(r.text).toContain('7 分钟');
    expect(r.card?.type).toBe('queue');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['取消转人工']);
  });

  it('estimates the wait from the position and the agents available', () => {
    expect(estimateWait(1, 1, 180)).toBe(30);
    expect(estimateWait(3, 1, 180)).toBe(390);
    expect(estimateWait(3, 2, 180)).toBe(210);
    expect(estimateWait(2, 0, 180)).toBe(210);
  });

  it('warns about fraud with a warning card naming the scheme', () => {
    const r = fraudReply(['safe_account'], null, 'en');
    expect(r.card).toMatchObject({ type: 'warning', title: 'Scam warning', sensitive: false });
    expect(r.card?.fields[0]?.value).toContain('Safe account');
    expect(r.text).toContain('96110');
    expect(r.expression).toBe('sad');
  });

  it('offers a callback or an appointment when nobody is available', () => {
    const r = unavailableReply('closed', '09:00-18:00', 'zh-CN');
    expect(r.text).toContain('09:00-18:00');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['预约回电', '预约网点办理']);
  });

  it('answers a vetoed complaint or fraud intent from the FAQ when it can', () => {
    const faq = { id: 'annual_fee', title: '年费', answer: '年费说明…', score: 0.7 };
    expect(vetoedIntentReply('complaint', faq, false, 'zh-CN')).toMatchObject({
      kind: 'faq',
      text: '年费说明…',
    });
    expect(vetoedIntentReply('complaint', null, true, 'en').text).toContain('Thank you');
    expect(vetoedIntentReply('fraud_risk', null, false, 'zh-CN').text).toContain('96110');
  });
});
