/**
 * An approach the customer ended or ignored, nothing given (the caller hung up once the customer would check in person,
 * a caller told off and hung up on, a fee seen through and not paid, offers never answered), then a plain request
 * (approach_turned_down_nothing_given.ts, 'ended'), is no scam under way. Something given after all, or the caller
 * still pushing, still gets the warning. The model's sure alarm (0.9 and over) still counts, so the readings are fixed.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const calmModel = firstMessageVerdict({}, NOTHING_AMISS);
const alarmedModel = firstMessageVerdict({}, fraudAlarm(0.7));

describe('an approach ended or ignored, nothing given', () => {
  it.each([
    '有人打电话自称银行客服说我的信用卡要年审，不然冻结，我说我自己去柜台办，对方马上挂了。你们有年审这回事吗',
    '冒充公安的又打来了，被我怼了几句直接挂了。言归正传，帮我查下这个月信用卡账单',
    '网上贷款那边说要先交保证金才放款，我感觉有问题就没交，也报警了。你们的信用贷怎么申请',
    "Someone claiming to be from your fraud team rang saying my account was compromised. I said I'd pop into the branch myself and he hung up. Is there any alert on my account?",
    "My daughter was offered a job where they'd pay her and she'd forward part of it on. We agreed it stinks and she never replied. Can she get her own debit card?",
  ])('"%s" gets no scam warning', (text) => {
    expect(calmModel(text)?.reason).not.toBe('fraud_risk');
    expect(alarmedModel(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有人自称客服说卡要升级，我说我自己去网点办，他说不用，让我马上把验证码报给他',
    '网贷那边说要先交保证金才放款，我觉得不对没交，可后来他们又打来，我还是交了五千',
    "A caller said he was from the bank's fraud team; I said I'd go to the branch and he hung up, but then he rang back and I read out the code",
  ])('"%s" still gets the scam warning', (text) => {
    expect(calmModel(text)?.reason).toBe('fraud_risk');
  });
});
