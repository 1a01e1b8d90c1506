/**
 * A message that is only "确认" / "取消" / "好的" / "cancel" / "no" / "ok" is the affirm or deny intent, never an
 * FAQ article, even when the classifier is unsure and an article scores well; "确认" and "取消" are told that
 * nothing is waiting, the others get the intent's own reply. Longer messages are left to the usual rules.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { IntentFile } from '../nlu/intent_catalog_schema.ts';
import type { FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import { shortAnswerOf } from './short_answers.ts';
import { appTurn, policyPipeline } from './testing/policy_pipeline.ts';

const intent = (name: string, zh: string, en: string): IntentFile => ({
  intent: name,
  trigger: { type: 'answer' },
  examples: { 'zh-CN': [zh], en: [en] },
  responses: { 'zh-CN': [`${name}:zh`], en: [`${name}:en`] },
});
const catalog = catalogFromFiles([intent('affirm', '好的', 'ok'), intent('deny', '不', 'no')]);

const article: Article = {
  id: 'sms_verification_code_not_received',
  locale: 'zh-CN',
  title: '收不到验证码',
  questions: ['确认手机号'],
  tags: [],
  answer: '收不到验证码，通常与预留手机号有关……',
  path: '',
};
/** Every query finds the article, well above the FAQ threshold (as "确认" found it in the walkthrough). */
const knowledge: KnowledgeBase = {
  size: 1,
  get: () => article,
  search: (): FaqHit[] => [{ article, score: 0.9 }],
};

const pipeline = policyPipeline(
  catalog,
  { 确认: [{ intent: 'affirm', confidence: 0.99 }], cancel: [{ intent: 'deny', confidence: 0.99 }] },
  knowledge,
  null,
);
const ctx = appTurn;

describe('short answers outside a flow', () => {
  it.each([
    ['确认', 'zh-CN', '目前没有需要您确认的业务。请问有什么可以帮您？'],
    ['取消', 'zh-CN', '目前没有正在办理的业务需要取消。请问有什么可以帮您？'],
    ['好的', 'zh-CN', 'affirm:zh'],
    ['算了', 'zh-CN', 'deny:zh'],
    ['confirm', 'en', "There's nothing waiting for your confirmation right now. What can I help you with?"],
    ['cancel', 'en', "There's nothing in progress to cancel right now. What can I help you with?"],
    ['OK!', 'en', 'affirm:en'],
    ['no', 'en', 'deny:en'],
    ['never mind', 'en', 'deny:en'],
  ] as const)('"%s" (%s) gets "%s", not the article', async (text, locale, expected) => {
    const r = await pipeline.run(text, ctx(locale));
    expect(r.decision.type).toBe('intent');
    expect(r.reply?.source).toBeNull();
    expect(r.reply?.text).toBe(expected);
  });

  it('a longer message is looked up as before', async () => {
    const r = await pipeline.run('确认手机号收不到验证码怎么办', ctx('zh-CN'));
    expect(r.decision.type).toBe('faq');
  });

  it.each([
    ['确认', 'confirm'],
    ['confirm', 'confirm'],
    ['取消吧', 'cancel'],
    ['Cancel.', 'cancel'],
    ['好的', 'yes'],
    ['ok', 'yes'],
    ['嗯嗯', 'yes'],
    ['no', 'no'],
    ['不用了谢谢', 'no'],
    ['nah forget it', 'no'],
    ['确认一下余额', null],
    ['取消挂失', null],
    ['ok what is my balance', null],
    ['no I want to transfer 300', null],
    ['cancel my appointment', null],
    ['cancel the appointment', null],
    ['取消预约', null],
  ] as const)('"%s" is the short answer %s', (text, expected) => {
    expect(shortAnswerOf(text)).toBe(expected);
  });
});
