import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A Mandarin customer asking in a few everyday words, or telling their own circumstance around the ask: a safe
// deposit box asked for as a cabinet or locker rented at the bank; the personal pension told by what it does
// (saving for one's own old age, with a tax break); an identity card that ran out some days ago and was
// renewed; a payer abroad asking for their own country's kind of bank code (sort code, routing number); the
// statement wanted as the app's file with the bank's seal on it.
const kb = shippedKnowledgeBase();

describe('a short everyday ask or a person’s circumstance reaches its article (zh-CN)', () => {
  it.each([
    // A cabinet or locker rented at the bank for valuables: a safe deposit box.
    ['想在你们那租个小柜子存放房产证，怎么收费', 'safe_deposit_box'],
    // Saving for one's own old age, the state's scheme that lowers income tax: the personal pension.
    ['听说自己攒钱养老国家给减税，这个户在哪开', 'personal_pension_account'],
    // An identity card that ran out a while ago (上周到期, 年初就到期): the bank's record of it to update.
    ['身份证上周到期了，换的新的已经拿到手，app里要改什么吗', 'personal_details_update'],
    ['我的身份证年初就到期了，一直没去改，会影响用卡吗', 'personal_details_update'],
    // A payer abroad naming the code by their own country's kind: the bank's codes and what to give instead.
    ['英国的客户打款给我，要我提供sort code，我该报什么', 'bank_swift_and_branch_codes'],
    // The statement a lender wants, asked for as the app's file with the bank's seal on it.
    ['买房贷款要工资流水，app里导出的带章吗，收不收钱', 'deposit_certificate_and_statements'],
    ['公积金贷款要半年流水，电子章的能用吗', 'deposit_certificate_and_statements'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    // Near neighbours keep their own article.
    ['房租能用信用卡分期吗', 'credit_card_installments'],
    ['我爸的退休金这个月还没到账', 'pension_payment_arrival'],
    ['存款利息要交税吗', 'interest_tax'],
    ['身份证过期了能开户吗', 'account_opening_documents'],
    ['银行卡过期了怎么换', 'card_expiry_renewal'],
    ['在国外取现金手续费多少', 'overseas_cash_withdrawal'],
    ['贷款需要准备哪些材料', 'loan_application_requirements'],
    ['老人行动不便银行能上门吗', 'elderly_services'],
    ['我妈行动不便，我能替她去网点办业务吗', 'elderly_services'],
    ['存20万现金要预约吗', 'large_cash_deposit'],
  ] as const)('neighbour: %s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });
});
