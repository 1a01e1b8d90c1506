/**
 * The bank's own card team froze and replaced the customer's card after suspicious use, and the customer asks only
 * when the new card comes (card_replaced_by_the_bank_new_card_asked_after.ts): no scam, whatever unsure alarm the
 * model raises. A caller who also wants money moved or a code still gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const alarmedModel = firstMessageVerdict({}, fraudAlarm(0.7));

describe("a card replaced by the bank's own team, the new card asked after", () => {
  it.each([
    '你们信用卡中心打电话说我卡有一笔可疑的境外消费，已经帮我冻结并补卡了，新卡大概几天能收到',
    "Your fraud team blocked my card after a suspicious online payment and said they're sending me a replacement card. How long does the new card take?",
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
    expect(alarmedModel(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '信用卡中心来电话说卡有异常交易，已经帮我冻结换卡了，让我把余额先转到安全账户，新卡多久能到',
    'Your card team said they froze my card and are sending a new one, but first I have to read them the code from the text. When will the new card arrive?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmedModel(text)?.reason).toBe('fraud_risk');
  });
});
