/**
 * The labelling spec counts a scam that happened to someone else long ago as neutral: a friend's task scam last
 * year, reported to the police, or an aunt's case from 2021 that went through court, asked about for them, is
 * settled even where its story names a scheme. A relative scammed just now, someone approaching the customer now
 * or a fee to get the money back still count.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { scamUnderWay } from './testing/scam_under_way.ts';

const detector = new FraudDetector();

describe("someone else's scam that is over", () => {
  it.each([
    '我同学前年做刷单兼职被骗了八千，报过警了，她让我问问这种一般能追回多少',
    '我妈前年被电信诈骗了，报过案了，现在想打印那段时间的银行流水',
    'My uncle lost money to an investment scam years ago and the police closed the case. Can he still get his statements from 2019?',
    "My gran's fraud case from 2020 went through court last month. Does she have to do anything to get the compensation paid in?",
  ])('"%s" is settled', (text) => {
    expect(detector.assess(text).settled).toBe(true);
    expect(scamUnderWay(text)).toBe(false);
  });

  it.each([
    // the scam is happening now, or the story reaches the customer now
    '我朋友去年被骗了，现在有个律师说交5000就能帮她追回来，让我先垫付',
    '我朋友去年刷单被骗过，现在又有人加我让我刷单，说先垫付三单就返佣金',
    '我妈刚被骗了转了两万，怎么办',
    "My mum was scammed in 2021 and now a man called me saying he's from the police and I must move my savings to a safe account",
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).settled).toBe(false);
  });
});
