import { describe, expect, it } from 'vitest';
import { withBankingWordsMeant } from './banking_word_slips.ts';
import { withoutDisfluencies } from './spoken_disfluencies.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// At the lobby screen a speech recogniser writes down fillers and self-corrections as said; on the phone a
// customer types in a hurry, with chat shorthand and characters of the same sound picked on a pinyin keyboard.
const kb = shippedKnowledgeBase();

describe('a question said with fillers and corrections, or typed with slips', () => {
  const asked: Array<[string, 'zh-CN' | 'en', string]> = [
    // A sum said, taken back and said again; a withdrawal said as "take out".
    [
      'um so I went to take out, like, three hundred, no sorry four hundred, and nothing came out but my balance went down',
      'en',
      'atm_cash_not_dispensed',
    ],
    [
      '呃，那个，我这个信用卡欠了两万，呃不对，两万五，能不能分成十个月还',
      'zh-CN',
      'credit_card_installments',
    ],
    // Chat shorthand.
    ['need cust svc tel no, wanna speak to someone', 'en', 'contact_channels'],
    ['how do i stop the txt msgs for evry purchase', 'en', 'sms_transaction_alerts'],
    // Pinyin-keyboard slips of bank words.
    ['我的存着找不到了 能补办吗', 'zh-CN', 'passbook_lost'],
    ['账单老是发到旧油箱 怎么改成新的', 'zh-CN', 'electronic_statements'],
    ['家里攒了一袋钢蹦 能去存吗', 'zh-CN', 'damaged_notes_and_coins'],
    ['社宝卡丢了 要先去银行挂失吗', 'zh-CN', 'social_security_card'],
    ['年经险交了两年能退吗', 'zh-CN', 'bancassurance_policies'],
    ['还款日能该到15号吗', 'zh-CN', 'credit_card_due_date_change'],
    // Asking whether an offer is a con in plain words.
    ['有人说交点钱能帮我把逾期记录删了 是不是骗人的', 'zh-CN', 'anti_fraud_tips'],
  ];
  it.each(asked)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });
});

describe('withoutDisfluencies', () => {
  it('drops fillers and the sum or day taken back', () => {
    expect(withoutDisfluencies('um I need, like, two thousand, no sorry three thousand', 'en')).toBe(
      'I need three thousand',
    );
    expect(withoutDisfluencies('come in on Friday, no Thursday', 'en')).toBe('come in on Thursday');
    expect(withoutDisfluencies('嗯，我取了两千，呃不对，三千', 'zh-CN')).toBe('我取了三千');
    expect(withoutDisfluencies('他今年十岁，呃不是，十一岁了', 'zh-CN')).toBe('他今年十一岁了');
  });

  it('keeps a "no", a 不对 or a 不是 that is part of the question', () => {
    expect(withoutDisfluencies('it took the money, no cash came out', 'en')).toBe(
      'it took the money, no cash came out',
    );
    expect(withoutDisfluencies("I'd like to close it", 'en')).toBe("I'd like to close it");
    expect(withoutDisfluencies('余额不对，少了两百', 'zh-CN')).toBe('余额不对，少了两百');
    expect(withoutDisfluencies('收到一张支票，不是现金的', 'zh-CN')).toBe('收到一张支票，不是现金的');
  });
});

describe('withBankingWordsMeant', () => {
  it('reads a slipped bank word as meant', () => {
    expect(withBankingWordsMeant('存着丢了')).toBe('存折丢了');
    expect(withBankingWordsMeant('征信上有预期记录')).toBe('征信上有逾期记录');
    expect(withBankingWordsMeant('要去网店吗')).toBe('要去网点吗');
  });

  it('leaves the real word the slip also is', () => {
    expect(withBankingWordsMeant('钱先存着，下个月再取')).toBe('钱先存着，下个月再取');
    expect(withBankingWordsMeant('理财的预期收益是多少')).toBe('理财的预期收益是多少');
    expect(withBankingWordsMeant('天然气费怎么交')).toBe('天然气费怎么交');
    expect(withBankingWordsMeant('要先怎么处理才能退掉')).toBe('要先怎么处理才能退掉');
    expect(withBankingWordsMeant('该卡已挂失')).toBe('该卡已挂失');
  });
});
