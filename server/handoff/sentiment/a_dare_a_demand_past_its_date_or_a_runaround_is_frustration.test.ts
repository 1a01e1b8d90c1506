/**
 * Irritation told in the details of a question, which the model reads as an ordinary question: a dare to explain the
 * bank's doing (challenge_to_explain.ts), money asked after once its date has gone by (money_asked_after_a_date.ts), a
 * charge taken against what was said (charged_though_told_otherwise.ts), a process told as impossible to get through
 * (runaround_question.ts), a complaint nobody answered (complaint_left_unanswered.ts) and a curt order to fix a failure
 * (curt_order_to_fix_it.ts). The same topics asked plainly stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('irritation told in the details of a question', () => {
  it.each([
    '不是说跨行转账不收钱吗，怎么还是扣了2块手续费',
    '网购付款页面显示失败，可钱已经扣了，这笔损失算谁的？',
    '卡里少了15块，显示“账户维护费”，谁同意的？',
    '交电费老是失败，说我的卡状态异常，哪里异常了你给我说说',
    '我爸不会用智能机，网点又让他在手机上激活，他七十多了怎么弄',
    '刷公交卡的时候绑定的银行卡扣款失败了，赶紧给我处理',
    'The refund was due on the 3rd. It is the 12th now. Where is it?',
    'Got charged a fee for paying my own credit card from my own current account. Care to explain?',
    'Account locked for a "security review". A review of what?',
    'Is there a reason my loan was refused because my employer name was abbreviated?',
    'Why was I charged interest when I paid the full balance on the due date?',
    'How do I change my address if the online form never loads?',
    'Why does logging in need a text code that never arrives?',
    'Exactly how many forms does it take to add a joint holder? I am on form 5.',
    'Money left my account, beneficiary got nothing, 10 days gone, no response on my ticket. Any update please?',
    'my card got blocked at the pharmacy with my kid screaming. sort it out.',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '能说说怎么开通手机银行吗',
    '亲戚转给我的钱算谁的收入，要交税吗',
    '信用卡年费是怎么收的，首年免吗',
    '网点让我去手机上激活，怎么弄',
    'Is there a reason to choose a fixed rate over a variable one?',
    "When does salary usually land? It's the 25th today.",
    'Is there a fee when I send money abroad?',
    'My card was declined yesterday, how do I fix it?',
    'How many forms do I need to add a joint holder?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
