/**
 * "网银转钱免不免费", "多大岁数就贷不了了", "OTP not arriving", "otp not coming" were heard as the deny intent and got
 * "好的，没问题。还有其他需要帮忙的吗？" / "Okay, no problem": a question asked with a yes-or-no pair or a question
 * word, or a problem told ("not arriving"), is never a bare "no" (question_not_refusal.ts). It gets what the
 * message would get without the deny intent, here the article; a real refusal ("不用了", "不要", "不了，谢谢",
 * "no thanks", "nope, not now") is still the deny intent's reply.
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import type { Article } from '../knowledge/article_schema.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { IntentFile } from '../nlu/intent_catalog_schema.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

const answer = (name: string): IntentFile => ({
  intent: name,
  trigger: { type: 'answer' },
  examples: { 'zh-CN': [name], en: [name] },
  responses: { 'zh-CN': [`${name}:zh`], en: [`${name}:en`] },
});
const catalog = catalogFromFiles([answer('affirm'), answer('deny')]);

const article = bareArticle;
const fees = article('transfer_fees');
const loans = article('loan_application_requirements');
const otp = article('sms_verification_code_not_received');
const other = article('anti_fraud_tips');

/**
 * Per message: the article retrieval ranks first, far ahead but under the FAQ threshold ("网银转钱免不免费":
 * transfer fees 0.34); every message is heard as "no".
 */
const tops: Record<string, Article> = {
  网银转钱免不免费: fees,
  多大岁数就贷不了了: loans,
  'OTP not arriving': otp,
  'otp not coming': otp,
  不用了: other,
  不要: other,
  '不了，谢谢': other,
  'no thanks': other,
  'nope, not now': other,
};
const script: Record<string, IntentScore[]> = Object.fromEntries(
  Object.keys(tops).map((text) => [text, [{ intent: 'deny', confidence: 0.95 }]]),
);
const knowledge: KnowledgeBase = {
  size: 4,
  get: () => undefined,
  search: (q): FaqHit[] => {
    const top = tops[q];
    return top
      ? [
          { article: top, score: 0.34 },
          { article: other === top ? fees : other, score: 0.1 },
        ]
      : [];
  },
};

const pipeline = policyPipeline(catalog, script, knowledge, null);

describe('a question or a problem heard as "no"', () => {
  it.each([
    ['网银转钱免不免费', 'transfer_fees'],
    ['多大岁数就贷不了了', 'loan_application_requirements'],
    ['OTP not arriving', 'sms_verification_code_not_received'],
    ['otp not coming', 'sms_verification_code_not_received'],
  ])('"%s" gets the %s article, not "no problem"', async (text, id) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id } });
  });

  it.each([
    ['不用了', 'deny:zh'],
    ['不要', 'deny:zh'],
    ['不了，谢谢', 'deny:zh'],
    ['no thanks', 'deny:en'],
    ['nope, not now', 'deny:en'],
  ])('"%s" is still a refusal: "%s"', async (text, reply) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.decision).toMatchObject({ type: 'intent', intent: 'deny' });
    expect(r.reply?.text).toBe(reply);
  });
});
