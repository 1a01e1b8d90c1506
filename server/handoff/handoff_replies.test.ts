import { describe, expect, it } from 'vitest';
import {
  estimateWait,
  fraudReply,
  queuedReply,
  queueText,
  stillQueuedReply,
  unavailableReply,
  vetoedIntentReply,
  waitingNoAgentsReply,
} from './handoff_replies.ts';

describe('handoff replies', () => {
  it('tells a queued customer their place and wait, with a button that plainly leaves the queue', () => {
    const r = queuedReply('complaint', { position: 3, etaSec: 400 }, 'zh-CN');
    expect(r.kind).toBe('handoff');
    expect(r.text).toContain('前面还有 2 位');
    expect(r.text).toContain('7 分钟');
    expect(r.card?.type).toBe('queue');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['不等人工了，继续和助手聊']);
    expect(queuedReply('asked_for_human', { position: 1, etaSec: 30 }, 'en').quickReplies).toEqual([
      { label: 'Stop waiting for an agent', text: 'Stop waiting for an agent' },
    ]);
  });

  it('never calls leaving the queue "cancel transfer" (a scam victim may read it as the payment)', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const q of [
        ...queuedReply('fraud_risk', { position: 1, etaSec: 30 }, locale).quickReplies,
        ...stillQueuedReply({ position: 2, etaSec: 90 }, locale).quickReplies,
        ...waitingNoAgentsReply('fraud_risk', locale).quickReplies,
      ])
        expect(q.label).not.toMatch(/取消转|cancel transfer/i);
  });

  it('tells a waiting customer with nobody online so, never "passed to the agent"', () => {
    const zh = waitingNoAgentsReply('fraud_risk', 'zh-CN');
    expect(zh.text).toContain('没有人工客服在线');
    expect(zh.text).toContain('96110');
    expect(zh.text).not.toContain('已转给');
    expect(zh.quickReplies.map((q) => q.text)).toEqual([
      '预约回电',
      '预约网点办理',
      '不等人工了，继续和助手聊',
    ]);
    const en = waitingNoAgentsReply('asked_for_human', 'en');
    expect(en.text).toContain('Nobody from our team is online');
    expect(en.text).not.toContain('96110');
    expect(stillQueuedReply({ position: 1, etaSec: 30 }, 'en').text).toContain("you're next");
    expect(queueText({ position: 2, etaSec: 60 }, 'en')).toContain('There is 1 person ahead of you');
    expect(queueText({ position: 3, etaSec: 60 }, 'en')).toContain('There are 2 people ahead of you');
    expect(stillQueuedReply({ position: 3, etaSec: 30 }, 'zh-CN').text).toContain('前面还有 2 位');
  });

  it('estimates the wait from the position and the agents available', () => {
    expect(estimateWait(1, 1, 180)).toBe(30);
    expect(estimateWait(3, 1, 180)).toBe(390);
    expect(estimateWait(3, 2, 180)).toBe(210);
    expect(estimateWait(2, 0, 180)).toBe(210);
  });

  it('warns about fraud with a warning card naming the scheme', () => {
    const r = fraudReply(['safe_account'], { kind: 'queued', place: { position: 1, etaSec: 30 } }, 'en');
    expect(r.card).toMatchObject({ type: 'warning', title: 'Scam warning', sensitive: false });
    expect(r.card?.fields[0]?.value).toContain('Safe account');
    expect(r.text).toContain("You're next in line");
    expect(r.expression).toBe('sad');
  });

  it('with nobody to take a fraud case: the hotlines, the flag, and a callback or an appointment', () => {
    const none = fraudReply(['safe_account'], { kind: 'unavailable', why: 'no_agents', hours: '' }, 'zh-CN');
    expect(none.text).toContain('没有人工客服在线');
    expect(none.text).toContain('96110');
    expect(none.text).not.toMatch(/已为您优先转接|前面还有|您是下一位/);
    expect(none.quickReplies.map((q) => q.text)).toEqual(['我已停止转账', '预约回电', '预约网点办理']);
    const closed = fraudReply([], { kind: 'unavailable', why: 'closed', hours: '09:00-18:00' }, 'en');
    expect(closed.text).toContain('service hours 09:00-18:00');
    expect(closed.text).toContain('request a callback');
  });

  it('on the lobby screen: a short caption, the whole warning spoken, each first step offered once', () => {
    const follow = { kind: 'unavailable', why: 'closed', hours: '09:00-18:00' } as const;
    const kiosk = fraudReply(['safe_account'], follow, 'zh-CN', { channel: 'kiosk' });
    expect(kiosk.text).toBe(
      '请立即停止操作！这很像诈骗：不要转账，不要透露验证码。反诈专线 96110。现在不是人工客服服务时间，转账已为您暂停。',
    );
    // Spoken whole, and, the customer being in the branch, sent to the branch's own staff at once.
    expect(kiosk.speech).toBe(
      `${fraudReply(['safe_account'], follow, 'zh-CN').text}您就在网点，请马上找大堂经理或柜台工作人员帮您处理。`,
    );
    expect(kiosk.card?.actions).toEqual([]);
    expect(kiosk.quickReplies.map((q) => q.text)).toEqual(['我已停止转账', '取号', '预约回电']);
    const misuse = fraudReply([], follow, 'en', { channel: 'kiosk', cardMisuse: true });
    expect(misuse.text).toMatch(/^Freeze the card first/);
    expect(misuse.speech).toContain('Keep the transaction messages');
    // The police number once (it was in the misuse text and again in the no-agent text).
    expect(misuse.speech?.match(/\(110\)/g)).toHaveLength(1);
    const misuseZh = fraudReply([], { kind: 'unavailable', why: 'no_agents', hours: '' }, 'zh-CN', {
      cardMisuse: true,
    });
    expect(misuseZh.text.match(/拨打 110/g)).toHaveLength(1);
    const freeze = [...misuse.quickReplies, ...(misuse.card?.actions ?? [])].filter(
      (q) => q.label === 'Freeze my card now',
    );
    expect(freeze).toHaveLength(1);
  });

  it('offers a callback or an appointment when nobody is available', () => {
    const r = unavailableReply('closed', '09:00-18:00', 'zh-CN');
    expect(r.text).toContain('09:00-18:00');
    expect(r.quickReplies.map((q) => q.text)).toEqual(['预约回电', '预约网点办理']);
  });

  it('on the lobby screen, nobody at the remote desk sends the customer to the branch staff around them', () => {
    for (const why of ['closed', 'no_agents'] as const) {
      const zh = unavailableReply(why, '09:00-18:00', 'zh-CN', 'asked_for_human', 'kiosk');
      expect(zh.text).toMatch(/您就在网点，可以找大堂经理，或取号到柜台办理/);
      expect(zh.text).not.toMatch(/预约网点办理/);
      expect(zh.quickReplies.map((q) => q.text)).toEqual(['取号', '预约回电']);
      const en = unavailableReply(why, '09:00-18:00', 'en', 'complaint', 'kiosk');
      expect(en.text).toMatch(/You're in the branch: the lobby manager can help/);
      // A complaint is still acknowledged, aloud.
      expect(en.speech).toMatch(/^I'm very sorry about your experience/);
    }
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
