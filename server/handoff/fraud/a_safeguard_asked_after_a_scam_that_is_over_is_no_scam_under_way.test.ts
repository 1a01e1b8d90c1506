/**
 * A safeguard asked for after a scam that is over, the money long gone, the relative's "emergency" checked with the
 * family, or an escape from a scammer long ago (a_safeguard_asked_after_a_scam_that_is_over.ts), is no scam under way;
 * nor is a loss to a scammer told as past anger at the bank (../sentiment/a_loss_to_a_scammer_told_as_past.ts). The
 * scam reaching the customer now still gets the warning, and the bank named as the one that fooled them is still anger.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';
import { RuleSentimentScorer } from '../sentiment/sentiment_scorer.ts';

const verdict = firstMessageVerdict();
const calmModel = firstMessageVerdict({}, NOTHING_AMISS);
const alarmedModel = firstMessageVerdict({}, fraudAlarm(0.75));

describe('a safeguard asked after a scam that is over', () => {
  it.each([
    '我爸三年前被一个网上的"理财大师"忽悠，二十万早就要不回来了。想给他的卡设个每日转账上限，怎么弄',
    '昨天我外婆接到电话说我在外地被抓了要交钱，她马上打给我确认，我人好好的。能不能给她的卡开个大额转账要家人确认的功能',
    "I escaped a scammer posing as my bank a couple of years ago. Is there a way in your app to check that it's really you calling?",
    "My nan got a call saying I'd been in an accident and needed money; she rang me first and it turned out I was fine. Can I set a daily limit on her account?",
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)).toBeNull();
    expect(calmModel(text)?.reason).not.toBe('fraud_risk');
    expect(alarmedModel(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '我妈前年被投资老师忽悠过，现在那个老师又让她交一笔解冻费才能拿回钱，能不能给她卡设个限额',
    '奶奶接到电话说孙子出车祸要钱，现在对方催她马上转五万到医院账户，能不能设个大额确认',
    'I escaped a scammer last year but now they say I owe a release fee and want me to pay it to a safe account today. Can I set a limit?',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calmModel(text)?.reason).toBe('fraud_risk');
  });

  it("a loss to a scammer told as past weighs as off topic, a loss to the bank's own adviser does not", () => {
    const scorer = new RuleSentimentScorer();
    expect(scorer.analyze('我舅舅去年被网友忽悠亏了五万。想给他的卡设个转账限额').offTopicOnly).toBe(true);
    expect(scorer.analyze('前年被你们的理财经理忽悠买了这个产品，亏了八万').offTopicOnly).toBe(false);
  });
});
