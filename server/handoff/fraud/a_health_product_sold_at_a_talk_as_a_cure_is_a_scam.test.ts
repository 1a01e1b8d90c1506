/**
 * A health product sold to an older relative at a "health talk", said to cure an illness, with money still to pay:
 * the scam warning, whatever the model reads (fraud/health_talk_selling_to_the_elderly.ts). A health product bought
 * at a pharmacy or a shop, or a talk the bank runs itself, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

// The model reading nothing amiss, as it read such stories: the rule alone must give the warning.
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('a health product sold at a talk as a cure', () => {
  it.each([
    '我爸天天去听养生讲座，人家说那个理疗床能治好他的腰，还差四万尾款，想把定期取出来',
    '我婆婆在健康讲座上订了一张按摩椅，说能根治她的关节炎，今天要交剩下的三万，能从她卡上转吗',
    'My gran keeps going to a free health seminar, they told her the massage chair will cure her arthritis and she has to pay the £4,000 balance today. Can she break her fixed deposit?',
    'Dad signed up at a wellness talk for a healing bed that can cure his diabetes, they want the rest, $6,500, from his savings',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我妈在药店买了盒保健品，说能治她的失眠，用医保卡付可以吗',
    '你们支行办的养生讲座下周几开始，我带我妈去听，能治她腰疼的理疗床在哪买',
    'My mum bought a heat pad at the pharmacy that should heal her back, can she pay with her debit card?',
    'Is there a fee if I pay the physio clinic by card? They say the treatment can heal my knee',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
