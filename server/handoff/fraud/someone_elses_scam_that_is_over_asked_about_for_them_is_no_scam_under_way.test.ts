/**
 * Someone else's scam that has ended or been reported, asked about for them (someone_elses_scam_over_asked_about_for_them.ts):
 * the scheme named is their story, so no scam warning. The same story reaching the customer now (a fee asked of them)
 * still gets it.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const verdict = firstMessageVerdict();

describe("someone else's scam that is over, asked about for them", () => {
  it.each([
    "A man from my running club was scammed by someone posing as a sailor on a dating app. He's reported it and it's over. Is there anything the bank offers people like him?",
    '我们单位一个大姐被网上冒充军人的骗了，现在已经结束了，她也报警了，你们对受害人有没有什么帮扶措施',
  ])('"%s" gets no scam warning', (text) => {
    expect(calm(text)).toBeNull();
  });

  it.each([
    'My neighbour was scammed by a fake soldier online, it is over, but now a man contacted me saying he can get her money back if I pay him a fee first',
    '邻居被网上冒充军人的骗了，已经报警了，现在有人找我说交手续费就能帮她追回',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
