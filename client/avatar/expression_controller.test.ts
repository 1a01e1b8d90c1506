/** Emotion choice per reply (empathy, greeting, never angry) and blending over time. */
import { describe, expect, it } from 'vitest';
import { ExpressionController, customerSoundsUpset, emotionForReply } from './expression_controller.ts';

const reply = (
  over: Partial<Parameters<typeof emotionForReply>[0]> = {},
): Parameters<typeof emotionForReply>[0] => ({
  expression: 'neutral',
  kind: 'intent',
  intent: null,
  text: '好的，我来帮您查询。',
  ...over,
});

describe('emotionForReply', () => {
  it('follows the reply expression field', () => {
    expect(emotionForReply(reply({ expression: 'happy' })).weights.happy).toBeGreaterThan(0.5);
    expect(emotionForReply(reply({ expression: 'sad' })).weights.sad).toBeGreaterThan(0.5);
    expect(emotionForReply(reply({ expression: 'surprised' })).weights.surprised).toBeGreaterThan(0.3);
  });

  it('never shows anger to a customer: concern instead', () => {
    const t = emotionForReply(reply({ expression: 'angry' }));
    expect(t.weights.angry).toBe(0);
    expect(t.weights.sad).toBeGreaterThan(0.3);
  });

  it('shows empathy when the customer sounds upset, in Mandarin or English', () => {
    expect(customerSoundsUpset('我的卡被盗刷了，怎么回事！')).toBe(true);
    expect(customerSoundsUpset('This is ridiculous, my card is frozen')).toBe(true);
    expect(customerSoundsUpset('请问营业时间')).toBe(false);
    const t = emotionForReply(reply({ expression: 'neutral' }), '我要投诉，太慢了');
    expect(t.reason).toBe('empathy:customer-upset');
    expect(t.weights.sad).toBeGreaterThan(0.3);
    expect(t.weights.happy).toBe(0);
  });

  it('smiles on greetings', () => {
    expect(emotionForReply(reply({ text: '您好！很高兴为您服务。' })).weights.happy).toBeGreaterThan(0.5);
    expect(emotionForReply(reply({ text: 'Hello! How can I help?' })).weights.happy).toBeGreaterThan(0.5);
    expect(emotionForReply(reply({ intent: 'greeting', text: '请讲' })).reason).toBe('greeting');
  });
});

describe('ExpressionController', () => {
  it('blends up quickly, holds while speaking, then relaxes to neutral', () => {
    const c = new ExpressionController();
    c.show(emotionForReply(reply({ expression: 'happy' })));
    let w = c.update(0.3);
    expect(w.happy).toBeGreaterThan(0.6);
    c.setSpeaking(true);
    for (let i = 0; i < 100; i++) w = c.update(0.1);
    expect(w.happy).toBeGreaterThan(0.7);
    c.setSpeaking(false);
    for (let i = 0; i < 80; i++) w = c.update(0.1);
    expect(w.happy).toBeLessThan(0.05);
  });

  it('moves between emotions without jumps', () => {
    const c = new ExpressionController();
    c.flash('happy', 0.8, 5);
    c.update(1);
    c.show(emotionForReply(reply({ expression: 'sad' })));
    const w = c.update(1 / 60);
    expect(w.happy).toBeGreaterThan(0.6);
    expect(w.sad).toBeLessThan(0.2);
  });
});
