import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { Analyzer } from './analyzer.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base, asked by a customer whose question's shape says what they want: a yes/no on a
// condition (卡冻住了还会扣吗, "without going to a branch"), how many days or how much is left, a reason or a
// feeling told first (for the funeral, the fee is steep). The article's own words are missing; the ask is in
// the shape and in a plain word for the concept (bouncing, swindled, 撕掉, 每年的费用). Each question below landed on
// another article, or was shut out by the article's `mentions` gate, before the class it stands for was added
// (`synonyms.ts`, the articles' `mentions` and paraphrase questions).
const kb = shippedKnowledgeBase();
const top = kb.top;

type Asked = Array<[string, Locale, string]>;

describe('a question whose shape carries the ask reaches the article that answers it', () => {
  const cards: Asked = [
    // A payment failing, told by what the till shows or how the card was put in: the card is declined.
    ['超市买单老是提示失败，卡里钱够', 'zh-CN', 'card_declined'],
    ['插卡付款一直没反应，挥一下倒是能付', 'zh-CN', 'card_declined'],
    ['my card keeps bouncing at the checkout though there is money in it', 'en', 'card_declined'],
    // A card frozen "for now", and whether a standing charge still goes out: what a freeze affects.
    ['卡先冻上了，车贷每个月的自动扣款还照常吗', 'zh-CN', 'card_freeze_effects'],
    // A charge that comes every year, asked about a card never switched on: the annual fee.
    ['信用卡到手一直放着没开卡，每年的费用照样收吗', 'zh-CN', 'credit_card_annual_fee'],
    // Points put towards a card's fee are the annual fee's business, not the points catalogue's.
    [
      'is the platinum card fee something my reward points can cover, its expensive',
      'en',
      'credit_card_annual_fee',
    ],
    // How many days after the statement a bill may wait without interest: the statement's due date.
    ['出账之后几天之内还清才不收利息', 'zh-CN', 'credit_card_statement'],
    [
      'how long after my statement do i have to clear it so no interest is added',
      'en',
      'credit_card_statement',
    ],
  ];
  it.each(cards)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const moneyAndLoans: Asked = [
    // A note with a piece torn off (撕掉了一截) is a damaged note to exchange, not a card to replace.
    ['一张二十的被孩子撕掉了一截，能去银行换新的吗', 'zh-CN', 'damaged_notes_and_coins'],
    // How much foreign currency is left to buy this year: the yearly allowance, not today's rate.
    ['今年我还可以再换多少欧元', 'zh-CN', 'foreign_currency_exchange'],
    // A reminder before a loan instalment is taken: the loan's repayment schedule.
    ['扣月供前能不能提前提醒我把钱存好', 'zh-CN', 'loan_balance_inquiry'],
    // A loan told by when it was taken (before university): a student loan.
    ['上大学之前在镇上办的那笔贷款，毕业了怎么还', 'zh-CN', 'student_loan_repayment'],
    // Buying a first home and the paperwork for it: a mortgage application.
    ['we are buying a first apartment together, what forms does the bank need', 'en', 'mortgage_application'],
    // Paying now and settling later when the balance falls short: an overdraft.
    ['can i pay now and settle up later if my account wont cover the bill', 'en', 'overdraft'],
    // A death told by the funeral it pays for: the deceased's account.
    ['we need money for the funeral, can we get at grandpa s savings', 'en', 'deceased_account_inheritance'],
  ];
  it.each(moneyAndLoans)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const accountsAndApp: Asked = [
    // Asking what more the assistant does beyond answering questions.
    ['除了答疑以外，你还能替我办别的吗', 'zh-CN', 'assistant_capabilities'],
    // An account "limited" by fraud screening is restricted by the bank, not a transfer limit.
    [
      'after your fraud screening my account has been limited, how do i get that lifted',
      'en',
      'account_restricted_by_bank',
    ],
    // Cheated out of money, said plainly: what to do about a scam.
    ['got swindled out of 5000 on a dating site, what should i do now', 'en', 'anti_fraud_tips'],
    // A branch's clearing number for one's own account: the bank's codes.
    [
      'what is the clearing number of the branch where my account was opened',
      'en',
      'bank_swift_and_branch_codes',
    ],
    // A replacement handset is a new phone for the app, not a replacement card.
    [
      'how do i set up mobile banking on my replacement handset without going into a branch',
      'en',
      'mobile_banking_new_phone',
    ],
  ];
  it.each(accountsAndApp)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });
});

describe('words that carry the ask only in some company', () => {
  it('reads a bouncing card payment as declined, but not a bouncing cheque or transfer', () => {
    const en = new Analyzer('en');
    expect(en.analyze('my card payment bounced at the shop').terms.has('c:declined')).toBe(true);
    expect(en.analyze('my standing order bounced this month').terms.has('c:declined')).toBe(false);
  });

  it('reads a replacement handset as a new device, and a replacement card not', () => {
    const en = new Analyzer('en');
    expect(en.analyze('the app on my replacement handset').terms.has('c:device')).toBe(true);
    expect(en.analyze('how much is a replacement card').terms.has('c:device')).toBe(false);
  });

  it('reads 每年…费用 as the annual fee, and a yearly interest rate not', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('每年那笔费用还收吗').terms.has('c:annual_fee')).toBe(true);
    expect(zh.analyze('定期每年利息多少').terms.has('c:annual_fee')).toBe(false);
  });

  it('reads 还能换多少 as the yearly allowance, and 一美元换多少 as the rate', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('今年还能换多少美元').terms.has('c:fx_quota')).toBe(true);
    expect(zh.analyze('一美元换多少人民币').terms.has('c:fx_quota')).toBe(false);
  });
});
