import { describe, expect, it } from 'vitest';
import { containsSensitive, maskSensitive } from './mask.ts';

describe('maskSensitive', () => {
  const masked: Array<[string, string, string]> = [
    ['a 16-digit card', '我的卡号6222021234567890', '我的卡号************7890'],
    ['a grouped card', 'card 4111 1111 1111 1234 please', 'card ************1234 please'],
    ['a dashed card', '6222-0212-3456-7890-123', '***************0123'],
    ['a 19-digit account', '账号6217000010001234567', '账号***************4567'],
    ['a mainland mobile', '手机13812345678收不到验证码', '手机138****5678收不到验证码'],
    ['a spaced mobile', 'call me on 138 1234 5678', 'call me on 138****5678'],
    ['a +86 mobile', '+86 138-1234-5678', '138****5678'],
    ['an international phone', 'my number is +1 415 555 0100', 'my number is *******0100'],
    ['a US phone', 'call (415) 555-0100', 'call ******0100'],
    ['a resident ID', '身份证110101199003071234', '身份证**************1234'],
    ['a resident ID ending in X', 'ID 11010119900307123x', 'ID **************123X'],
    ['a passport number', 'passport E12345678', 'passport E*****678'],
    ['a mobile typed in full-width digits', '手机１３８１２３４５６７８', '手机138****5678'],
    ['a card typed in full-width digits', '卡号６２２２０２１２３４５６７８９０', '卡号************7890'],
    ['a UK mobile', 'ring me on 07700 900123', 'ring me on *******0123'],
    ['a UK landline', 'office 020 7946 0958', 'office *******0958'],
    ['a mainland landline', '座机010-12345678', '座机*******5678'],
    ['a Hong Kong phone with its country code', 'WhatsApp +852 9123 4567', 'WhatsApp *******4567'],
    ['a US phone written tight', 'call (415)555-0100', 'call ******0100'],
    ['an HK ID-like passport', '护照K1234567', '护照K****567'],
  ];
  for (const [name, input, expected] of masked) {
    it(`masks ${name}`, () => {
      expect(maskSensitive(input)).toBe(expected);
      expect(containsSensitive(maskSensitive(input))).toBe(false);
    });
  }

  const untouched = [
    '给张三转500元',
    'transfer ¥1,200.50 to Mary',
    '尾号1234的卡冻结一下',
    'card ending 4321',
    '验证码是123456',
    '2026-12-01 at 10:30',
    '贷款30万，期限20年',
    'my balance is 12,345,678.90',
    'rate 0.05% on 050000',
    '转账 05000 元',
  ];
  for (const text of untouched) {
    it(`leaves "${text}" alone`, () => {
      expect(maskSensitive(text)).toBe(text);
    });
  }
});
