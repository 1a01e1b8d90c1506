import { describe, expect, it } from 'vitest';
import type { Locale } from '../../protocol/protocol.ts';
import { extract, rows, rowsOf, type Row } from './test_helpers.ts';

describe('amounts and their currency', () => {
  // [text, locale, value in minor units, amount text, currency code, currency text]
  type AmountCase = [string, Locale, number, string, string?, string?];
  const cases: AmountCase[] = [
    ['转500', 'zh-CN', 50000, '500'],
    ['五百块', 'zh-CN', 50000, '五百块', 'CNY', '块'],
    ['帮我转5k', 'zh-CN', 500000, '5k'],
    ['¥1,200.50', 'zh-CN', 120050, '¥1,200.50', 'CNY', '¥'],
    ['取两千五', 'zh-CN', 250000, '两千五'],
    ['存三万', 'zh-CN', 3000000, '三万'],
    ['1.5万', 'zh-CN', 1500000, '1.5万'],
    ['一千零五十', 'zh-CN', 105000, '一千零五十'],
    ['转两万三千五百元', 'zh-CN', 2350000, '两万三千五百元', 'CNY', '元'],
    ['一点五万', 'zh-CN', 1500000, '一点五万'],
    ['五块五', 'zh-CN', 550, '五块五', 'CNY', '块'],
    ['一百元整', 'zh-CN', 10000, '一百元整', 'CNY', '元'],
    ['转账2000美元', 'zh-CN', 200000, '2000美元', 'USD', '美元'],
    ['100港币', 'zh-CN', 10000, '100港币', 'HKD', '港币'],
    ['转账 ５００ 元', 'zh-CN', 50000, '５００ 元', 'CNY', '元'],
    ['帮我转5w', 'zh-CN', 5000000, '5w'],
    ['我要还信用卡2,500.00元', 'zh-CN', 250000, '2,500.00元', 'CNY', '元'],
    ['15日元', 'zh-CN', 1500, '15日元', 'JPY', '日元'],
    ['$200', 'en', 20000, '$200', 'USD', '$'],
    ['send 200 dollars', 'en', 20000, '200 dollars', 'USD', 'dollars'],
    ['RMB 300', 'en', 30000, 'RMB 300', 'CNY', 'RMB'],
    ['300 RMB', 'en', 30000, '300 RMB', 'CNY', 'RMB'],
    ['HK$100', 'en', 10000, 'HK$100', 'HKD', 'HK$'],
    ['exchange 300 euros', 'en', 30000, '300 euros', 'EUR', 'euros'],
    ['£1,000', 'en', 100000, '£1,000', 'GBP', '£'],
    ['1.5k', 'en', 150000, '1.5k'],
    ['1.5 million', 'en', 150000000, '1.5 million'],
    ['five hundred dollars', 'en', 50000, 'five hundred dollars', 'USD', 'dollars'],
    ['10 dollars and 50 cents', 'en', 1050, '10 dollars and 50 cents', 'USD', 'dollars'],
    ['I need 200 bucks', 'en', 20000, '200 bucks', 'USD', 'bucks'],
    ['withdraw 500 cash today', 'en', 50000, '500'],
    ['transfer 1000 from savings', 'en', 100000, '1000'],
    // The principal of a deposit ("interest on 50k fixed deposit for 2 years").
    ['interest on 50k fixed deposit for 2 years', 'en', 5000000, '50k'],
    ['put 20000 deposit for a year', 'en', 2000000, '20000'],
    ['存5万 3年', 'zh-CN', 5000000, '5万'],
    // A digit right after 万 and before a term is the term's count: ¥50,000 for 4 years, not 54,000.
    ['存5万4年利息多少', 'zh-CN', 5000000, '5万'],
    ['存五万三个月', 'zh-CN', 5000000, '五万'],
    ['5万2天', 'zh-CN', 5000000, '5万'],
    // Without a term after it, 5万4 is 54,000.
    ['转5万4', 'zh-CN', 5400000, '5万4'],
    ['转5万4元', 'zh-CN', 5400000, '5万4元', 'CNY', '元'],
    // Number words with no currency, as a transfer's amount (its verb typed right or with a slip).
    ['transfer five hundred to Anna', 'en', 50000, 'five hundred'],
    ['tranfer fifty to mary', 'en', 5000, 'fifty'],
    ['tranfer two and a half grand to jon smith', 'en', 250000, 'two and a half grand'],
    // After a whole account number, not one group of a spaced one.
    ['transfer to 6222021234567890123 200', 'en', 20000, '200'],
    ['转到6222021234567890123 500', 'zh-CN', 50000, '500'],
  ];
  it.each(cases)('%s (%s)', (text, locale, minor, amountText, code, codeText) => {
    const expected: Row[] = [['amount', minor, amountText]];
    if (code && codeText) expected.push(['currency', code, codeText]);
    expect(rows(text, locale).filter((r) => r[0] === 'amount' || r[0] === 'currency')).toEqual(expected);
  });
});

describe('numbers that are not amounts', () => {
  const cases: Array<[string, Locale]> = [
    ['尾号1234的卡', 'zh-CN'],
    ['我的手机13812345678', 'zh-CN'],
    ['电话 138 1234 5678', 'zh-CN'],
    ['我的卡号6222021234567890123', 'zh-CN'],
    ['验证码123456', 'zh-CN'],
    ['分12期', 'zh-CN'],
    ['3个月', 'zh-CN'],
    ['年利率3.5%', 'zh-CN'],
    ['下午3点', 'zh-CN'],
    ['12月1号', 'zh-CN'],
    ['2026-12-01', 'zh-CN'],
    ['3号线', 'zh-CN'],
    ['余额还有三千多', 'zh-CN'],
    ['给张三', 'zh-CN'],
    ['等一下', 'zh-CN'],
    ['万一丢了', 'zh-CN'],
    ['千万别挂', 'zh-CN'],
    ['快一点', 'zh-CN'],
    ['一块儿去', 'zh-CN'],
    ['2026元旦', 'zh-CN'],
    ['2 weeks', 'en'],
    ['in 3 days', 'en'],
    ['call me at 3:30pm', 'en'],
    ['I have 5 cards', 'en'],
    ['card ending 4321', 'en'],
    ['my pin is 1234', 'en'],
    ['I was born in 1990', 'en'],
    ['+1 415 555 0100', 'en'],
    ['卡号6222 0212 3456 7890', 'zh-CN'],
    ['6222 0212 3456 7890 123', 'zh-CN'],
    ['6222-0212-3456-7890-123', 'en'],
    ['3本存折', 'zh-CN'],
    ['I would like 2 tickets', 'en'],
    ['my zip is 94105', 'en'],
    ['it takes one to two days to transfer', 'en'],
    ['I talked to one to Bob about it', 'en'],
  ];
  it.each(cases)('%s (%s)', (text, locale) => {
    expect(rowsOf('amount', text, locale)).toEqual([]);
  });
});

describe('amount offsets', () => {
  it('index into the original string, full-width characters included', () => {
    const text = '请转账 ５００ 元给李四';
    const [amount] = extract(text, 'zh-CN');
    expect(amount).toMatchObject({ type: 'amount', start: 4, end: 9 });
    expect(text.slice(amount?.start, amount?.end)).toBe('５００ 元');
  });

  it('keep the amount next to a name that contains a numeral (转给李四五百块)', () => {
    expect(rows('转给李四五百块', 'zh-CN')).toEqual([
      ['payee', '李四', '李四'],
      ['amount', 50000, '五百块'],
      ['currency', 'CNY', '块'],
    ]);
  });

  it('mentions a currency on its own without an amount', () => {
    expect(rows('我想换美元', 'zh-CN')).toEqual([['currency', 'USD', '美元']]);
    expect(rows('can I buy some euros', 'en')).toEqual([['currency', 'EUR', 'euros']]);
  });
});
