import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../nlu/entities/numerals.ts';
import { numberMentions } from './number_mentions.ts';
import { NumberAllowList } from './numbers_check.ts';

const checkedValues = (text: string): number[] =>
  numberMentions(text)
    .filter((m) => m.checked)
    .map((m) => m.value);

describe('figures in text', () => {
  it('parses Chinese numerals, colloquial forms included', () => {
    const cases: Array<[string, number]> = [
      ['五百', 500],
      ['两万', 20000],
      ['两万五', 25000],
      ['一百五', 150],
      ['一百零五', 105],
      ['十五', 15],
      ['一万零五百', 10500],
      ['一亿二千万', 120000000],
      ['三点五', 3.5],
      ['零点三五', 0.35],
    ];
    for (const [text, value] of cases) expect(parseNumeral(text), text).toBe(value);
  });

  it('normalises 2万 / 20,000 / 20000 / 两万 / 20 thousand / 20k to one value', () => {
    for (const text of [
      '转2万元',
      '转20,000元',
      '转20000元',
      '转两万元',
      'send 20 thousand',
      'send 20k',
      'send twenty thousand',
    ])
      expect(checkedValues(text), text).toEqual([20000]);
  });

  it('reads percentages, full-width digits, decimals with a multiplier and money after a currency code', () => {
    expect(checkedValues('年利率0.35%')).toEqual([0.35]);
    expect(checkedValues('百分之零点三五')).toEqual([0.35]);
    expect(checkedValues('费率０．３５％')).toEqual([0.35]);
    expect(checkedValues('最高1.5万')).toEqual([15000]);
    expect(checkedValues('RMB500 a day')).toEqual([500]);
  });

  it('ignores words that only look like numbers, and citation ids', () => {
    expect(checkedValues('请千万不要把验证码告诉他人，万一卡丢了，先统一挂失一下。')).toEqual([]);
    expect(checkedValues('周一至周五营业，我们有两种方式，早一点来。')).toEqual([]);
    expect(checkedValues('one of the ways, two options [type2_account_limits]')).toEqual([]);
    expect(checkedValues('type2 accounts and H5 pages')).toEqual([]);
  });

  it('checks small spelled-out numbers when a unit follows', () => {
    expect(checkedValues('三天内到账，九点开门，五块钱')).toEqual([3, 9, 5]);
    expect(checkedValues('arrives in two working days')).toEqual([2]);
  });
});

describe('NumberAllowList', () => {
  const allow = new NumberAllowList([
    '柜台跨行转账1万元（含）以下每笔5元，100万元以上按金额的0.002%收取，每笔最高200元。',
  ]);

  it('accepts figures the sources state, in any writing', () => {
    expect(allow.unsupported('一万元以下每笔五元，最高两百元，费率0.002%。')).toEqual([]);
    expect(
      allow.unsupported('Up to 10,000 yuan the fee is 5 yuan, capped at 200, over 1 million 0.002%.'),
    ).toEqual([]);
  });

  it('reports figures the sources do not state', () => {
    expect(allow.unsupported('每笔收费8元，费率0.35%。').map((m) => m.text)).toEqual(['8', '0.35']);
    expect(allow.unsupported('每笔收费五十元。').map((m) => m.value)).toEqual([50]);
  });
});
