/**
 * An agent paid to clear or release goods (a car at the port, a parcel at customs) who has gone quiet since
 * (scam_steps_asked_as_banking.ts, `releaseAgent` and `goneQuiet`): the money is with a scammer, so the scam warning,
 * even when the customer only asks whether it arrived. The same agent still in touch, or a transfer asked after with
 * nobody gone quiet, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('an agent paid to clear goods who has gone quiet', () => {
  it.each([
    'Paid the customs broker £900 to get my motorbike out of the port and now his phone is switched off. Did the money land?',
    'I transferred the clearing agent the duty for my container last week, he stopped answering. Can you trace it?',
    '给清关代理转了两万说帮我提车，现在人联系不上了，钱到他账户了吗',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I paid the shipping company for my container yesterday, how long do international transfers take?',
    '上周给货代付了运费，他说货下周到，转账记录在哪里看',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
