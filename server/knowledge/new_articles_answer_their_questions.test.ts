import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base (`knowledge/`), not a fixture: questions a QA sweep found with no article (a
// relative who died, money sent to the wrong account, a company account, moving a credit card's due date, a
// payroll card, how to reach the bank), asked in wordings that are not the articles' own `questions:` lines.
const NEW_ARTICLES = [
  'deceased_account_inheritance',
  'mistaken_transfer_recovery',
  'corporate_account_opening',
  'credit_card_due_date_change',
  'payroll_account',
  'contact_channels',
];

const kb = shippedKnowledgeBase();

describe('the articles written for questions that had none', () => {
  const asked: Array<[string, Locale, string]> = [
    ['我爷爷去世了，他存折里的钱怎么办', 'zh-CN', 'deceased_account_inheritance'],
    ['家人去世后银行账户怎么办', 'zh-CN', 'deceased_account_inheritance'],
    ['我爸身故了，他的存款怎么继承', 'zh-CN', 'deceased_account_inheritance'],
    ['my mother died, how do we get the money in her bank account', 'en', 'deceased_account_inheritance'],
    ['do you freeze the account when the holder passes away', 'en', 'deceased_account_inheritance'],
    ['what happens to a bank account when someone dies', 'en', 'deceased_account_inheritance'],
    ['转错钱了怎么办', 'zh-CN', 'mistaken_transfer_recovery'],
    ['给别人转账转错了能撤回吗', 'zh-CN', 'mistaken_transfer_recovery'],
    ['对方不退我转错的钱可以报警吗', 'zh-CN', 'mistaken_transfer_recovery'],
    ['sent money to the wrong person', 'en', 'mistaken_transfer_recovery'],
    ['can you reverse a transfer I sent by mistake', 'en', 'mistaken_transfer_recovery'],
    [
      'typed the wrong account number and the money went through to someone else',
      'en',
      'mistaken_transfer_recovery',
    ],
    ['我想开个对公户', 'zh-CN', 'corporate_account_opening'],
    ['公司网银怎么申请', 'zh-CN', 'corporate_account_opening'],
    ['对公账户开户流程', 'zh-CN', 'corporate_account_opening'],
    ['how do I get corporate online banking', 'en', 'corporate_account_opening'],
    ['do I need the company seal to open a corporate account', 'en', 'corporate_account_opening'],
    ['we need a company bank account for our new startup', 'en', 'corporate_account_opening'],
    ['信用卡账单日能不能改', 'zh-CN', 'credit_card_due_date_change'],
    ['账单日修改后多久生效', 'zh-CN', 'credit_card_due_date_change'],
    ['能把还款日往后推吗', 'zh-CN', 'credit_card_due_date_change'],
    ['can I move my credit card due date', 'en', 'credit_card_due_date_change'],
    ['how many times can I change my due date', 'en', 'credit_card_due_date_change'],
    ['can I push my due date later in the month', 'en', 'credit_card_due_date_change'],
    ['工资卡怎么办理', 'zh-CN', 'payroll_account'],
    ['公司让办代发工资卡要带什么', 'zh-CN', 'payroll_account'],
    ['辞职了工资卡怎么处理', 'zh-CN', 'payroll_account'],
    ['how do I get a salary account', 'en', 'payroll_account'],
    ['is the payroll card free', 'en', 'payroll_account'],
    ['I left my job, what happens to my salary card', 'en', 'payroll_account'],
    ['你们银行客服电话是多少啊', 'zh-CN', 'contact_channels'],
    ['有没有人工在线客服', 'zh-CN', 'contact_channels'],
    ['is there a number I can call you on', 'en', 'contact_channels'],
    ['customer service phone number please', 'en', 'contact_channels'],
    ["what's the number for your helpline", 'en', 'contact_channels'],
    // `mentions` keeps them off questions that only share a word with them: a salary that has not arrived,
    // a lost salary card, business hours, a transfer that failed, a payment a few days late.
    ['我工资还没到账', 'zh-CN', 'transfer_arrival_time'],
    ['工资卡丢了怎么办', 'zh-CN', 'lost_card_procedure'],
    ['I lost my salary card', 'en', 'lost_card_procedure'],
    ['what are your business hours', 'en', 'branch_hours'],
    ['账号写错了转账失败了', 'zh-CN', 'transfer_failed'],
    ['过了还款日两天还算逾期吗', 'zh-CN', 'credit_card_repayment_methods'],
    ['电话挂失管用多久', 'zh-CN', 'lost_card_procedure'],
    ['我的预留手机号码是多少', 'zh-CN', 'registered_phone_update'],
    ['how do I update my phone number', 'en', 'registered_phone_update'],
  ];

  it.each(NEW_ARTICLES)('has %s in both zh-CN and en', (id) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const article = kb.articles(locale).find((a) => a.id === id);
      expect(article, `${id} (${locale})`).toBeDefined();
      expect(article?.mentions?.length, `${id} (${locale}) mentions`).toBeGreaterThan(0);
    }
  });

  it.each(asked)('%s (%s) → %s', (query, locale, id) => {
    const [top] = kb.search(query, locale, 3);
    expect(top?.article.id).toBe(id);
    expect(top?.article.locale).toBe(locale);
  });
});
