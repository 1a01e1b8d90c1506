/**
 * The customer's own slip ("手抖多打了一个零"), the payee a stranger whose phone nobody answers ("对方电话一直打不通"), is
 * no scam (own_mistaken_transfer.ts): the payee's own phone is no caller. A caller who says money was sent to the
 * customer by mistake and asks it back still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.6));

describe('a mistaken transfer whose payee does not answer', () => {
  it.each([
    '手抖多打了一个零，一万块转给了不认识的人，对方电话一直打不通，怎么追回',
    '刚才转账输错了一位卡号，五千转到了陌生人那里，他电话关机了，能撤回吗',
    'Accidentally sent 400 to a stranger after a typo in the account number, and their phone just rings out. How do I get it back?',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '有人微信说转错钱给我了，让我退回给他，他电话打不通',
    'Someone rang saying they paid me 500 by mistake and I need to send it back, now their phone is off',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
