/**
 * Scams as the subject of the customer's study or work (a thesis, a research project, an article, the bank's figures on
 * them asked for) are a question, not a scam story (scams_as_a_subject_of_study_or_work.ts): no scam warning, whether the
 * model or the classifier hears one. A story told beside the study (a caller, money sent) still gets the warning.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const calmModel = firstMessageVerdict({}, NOTHING_AMISS);
const classifier = classifierFraudReport();

describe("scams as the subject of the customer's study or work", () => {
  it.each([
    'For my criminology thesis I am comparing romance fraud cases across age groups. Would the bank share anonymised statistics?',
    "I'm a journalist writing about money mule recruitment on social media - does the bank have a press office I can ask for numbers?",
    'Our uni project is about phishing texts that imitate banks. Are there any published reports from you we could reference?',
    '我在写本科毕业论文，题目跟冒充客服的诈骗有关，贵行有没有公开的案例统计可以引用',
    '我是记者，在写一篇关于养老骗局的稿子，想问问你们有没有公开的发案数据',
    '研究生在读，毕设做的是跑分洗钱的资金链路，银行能提供脱敏的案例吗',
  ])('"%s" gets no scam warning', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
    expect(calmModel(text)?.reason).not.toBe('fraud_risk');
    expect(classifier(text).fraudRaised).toBe(false);
  });

  it.each([
    'Writing my dissertation on fraud, but this morning a man called me saying my account is compromised and I must move my savings to a safe account',
    '我在写反诈的论文，结果今天有个自称警察的打电话让我把存款转到安全账户，我已经转了两万',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calmModel(text)?.reason).toBe('fraud_risk');
  });
});
