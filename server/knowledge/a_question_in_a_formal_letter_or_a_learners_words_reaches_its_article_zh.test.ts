import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A Mandarin question written as a letter to the bank (您好, 尊敬的贵行工作人员, 您能为本人…, 特此咨询, 盼复), or
// by a customer who rarely writes and names the thing by what it looks like or what it does: the bank's
// little book, the mortgage "taken off" the house, transfers "full" for the day, the card machine abroad asking
// which currency, the twelve-digit number and the branch a card belongs to, which of many numbers is "the real
// one", a raised pension and its back pay, the last day to pay a credit card without interest.
const kb = shippedKnowledgeBase();

describe('a question in a formal letter or a learner’s words reaches its article (zh-CN)', () => {
  it.each([
    // The letter's deference (贵行, 您, 本人) and its formulas read as a plain ask to the assistant.
    ['尊敬的贵行工作人员：请问您能为本人办理哪些业务？盼复。', 'assistant_capabilities'],
    ['您好，请问您能为本人做些什么？特此咨询。', 'assistant_capabilities'],
    // The bank's little book (银行的本子, 存钱的本子) is a passbook, lost when it "fell off" (掉了).
    ['奶奶银行的本子掉了，补一本要多久', 'passbook_lost'],
    ['存钱的那个本子不见了怎么办', 'passbook_lost'],
    // The mortgage taken off the house once the loan is paid.
    ['最后一期房贷还上了，房产证上的抵押要去哪撤掉', 'mortgage_prepayment'],
    ['房贷最后一笔还完，抵押怎么解掉', 'mortgage_prepayment'],
    // Transfers "full" for the day: the daily limit reached.
    ['手机上转账今天已经转满了，明早几点可以接着转', 'transfer_limits'],
    ['这个月给家里打钱，今天已经转满了，什么时候能再转', 'transfer_limits'],
    // The terminal abroad asking which currency to pay in.
    ['在日本买东西，店里机器问我付日元还是人民币', 'card_use_abroad'],
    ['在德国吃饭结账，机器上问我用人民币还是欧元付，哪个好', 'card_use_abroad'],
    // The bank code by its look, and the branch a card belongs to.
    ['朋友要给我打钱，问我那个十二位数的号码是什么，去哪查', 'bank_swift_and_branch_codes'],
    ['老板让我报一下这张卡是哪个支行的，去哪查', 'bank_swift_and_branch_codes'],
    // Which of many numbers found is the real one: the official channels.
    ['搜出来的电话号码有好几个，哪一个是真的', 'contact_channels'],
    ['百度上搜到好几个客服号码，到底哪个是真的', 'contact_channels'],
    // A pension raised and the back pay for it.
    ['退休工资涨了，补的那些钱哪个月给', 'pension_payment_arrival'],
    ['今年退休金涨钱，补的那笔钱啥时候给我妈', 'pension_payment_arrival'],
    // The last day to pay a credit card, and no interest to pay.
    ['信用卡在最晚那天还上，是不是就不用给利息', 'credit_card_statement'],
    ['这期信用卡我拖到最晚那天才还清，也不用付利息吧', 'credit_card_statement'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    // Near neighbours keep their own article.
    ['您好，本人想通过电话联系贵行人工客服，请问客服热线是多少？敬请回复。', 'contact_channels'],
    ['您好，本人的存折不慎遗失，请问贵行如何办理挂失？特此咨询。', 'passbook_lost'],
    ['银行卡丢了，已经打电话挂失了，还要去网点吗', 'lost_card_procedure'],
    ['买房子贷款要拿什么东西抵押', 'mortgage_application'],
    ['昨天转的钱今天还没到，要等多久', 'transfer_arrival_time'],
    ['人民币换美元去哪里换', 'foreign_currency_exchange'],
    ['离我家最近的支行在哪', 'branch_locations'],
    ['有人打电话说是银行的，叫我把钱转到安全账户', 'anti_fraud_tips'],
    ['信用卡只还最低的那个数，剩下的要给利息吗', 'minimum_payment_interest'],
  ] as const)('neighbour: %s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });
});
