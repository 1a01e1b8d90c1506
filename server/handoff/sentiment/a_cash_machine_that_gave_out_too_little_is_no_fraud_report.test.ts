/**
 * A calm report that a cash machine took the money off the account but gave out none or too little ("取两千只吐了
 * 一千五，短信说扣了两千", "withdrew 500 at the ATM, no cash came out but my balance went down") stays with the
 * assistant: a machine's fault, no frustration and no fraud report (cash_not_dispensed.ts). A stranger at the
 * machine, or the same report with a word of exasperation, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a cash machine that gave out too little', () => {
  it.each([
    '在ATM取了一千，机器响了半天一张都没吐出来，短信却说扣了，咋办',
    '取款机上取两千只吐了一千五，账上扣了两千，这咋办',
    'tried to take out 800 at the machine outside, nothing came out but my balance went down, what do I do',
    'withdrew 400 at another bank ATM and it gave me less than it took off my account, who do I contact',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '取款机又吞钱了！！扣了我两千一分没吐，你们到底管不管',
    'your ATM ate my money AGAIN, nothing came out and 500 deducted, ridiculous',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});

describe('the classifier’s fraud report on a cash machine’s fault', () => {
  const read = classifierFraudReport();

  it.each([
    ['我刚在门口取款机取三千，钱没出来，但是短信说已经扣了', false],
    ["withdrew 1000 at an ATM, no notes came out but the money's gone from my account", false],
    ['取钱的时候旁边有人帮我按了几下，钱没吐出来，卡上却扣了', true],
    ['a stranger helped me at the ATM, no cash came out but 1000 was deducted', true],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const { intentReason, fraudRaised } = read(text);
    expect(intentReason).toBe('fraud_risk');
    expect(fraudRaised).toBe(report);
  });
});
