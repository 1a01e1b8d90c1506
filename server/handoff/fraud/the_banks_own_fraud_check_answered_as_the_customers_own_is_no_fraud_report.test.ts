/**
 * The bank's own fraud check on the customer's payment or card, answered as the customer's own doing ("Your fraud
 * team texted asking if I tried to pay 1,200 to IKEA. Yes that was me… Can you release it?", "你们风控打电话核实，
 * 我已经确认是我本人转的，卡什么时候能解开"), is a request to lift the hold, not a fraud report. A "check" that asks
 * for a code, a link or money moved is still a caller posing as the bank.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('the bank’s own fraud check, answered as the customer’s own', () => {
  it.each([
    'Your fraud team texted asking if I tried to pay 1,200 to IKEA. Yes that was me, new sofa after the flood. Can you release it?',
    'You blocked my card this morning and then I got a callback from your official helpline, I confirmed the transactions were mine. Is everything unblocked now?',
    '你们风控打电话核实，我已经确认是我本人转的，卡什么时候能解开',
  ])('"%s" is the customer’s own payment', (text) => {
    expect(detector.assess(text).bankCheckConfirmed).toBe(true);
  });

  it.each([
    'Your fraud team called, I said yes that was me, then they asked me to read out the code to release it',
    'your fraud team texted me a link to confirm it was me, I clicked it and now money is gone',
    '你们风控打电话核实，我说了是我本人，他让我把验证码报给他才能解开',
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).bankCheckConfirmed).toBe(false);
  });
});
