/**
 * Reproach put as a question, with no angry word: a charge questioned as a matter of conscience
 * (charge_taken_in_good_conscience.ts), the bank's quoted excuse thrown back (bank_excuse_thrown_back.ts), the bank
 * asked whether it reads its own records (own_records_unread.ts), and a cost nobody mentioned when the product was
 * sold (not_told_when_sold.ts). The model can read them as calm; they go to a person all the same. The same topics
 * asked plainly stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calmlyRead = firstMessageVerdict({}, CALM);

describe('a charge, an excuse or the bank’s records questioned rhetorically', () => {
  it.each([
    '一条短信就扣了我三十块服务费，你们收这种钱好意思吗',
    '存款才几百块还扣小额管理费，这钱拿得理直气壮吗',
    '客服说延迟是“系统原因”，系统原因就不用赔了吗',
    '转账慢了两天，说是“风控流程”，风控就可以不通知我吗',
    '信函说我地址无效，我在这住了十年，你们自己的记录都不看吗',
    '定期存款提前支取损失那么多利息，开户的时候柜员只字未提，我现在想全部取出来',
    '£25 for going £3 over my limit. How do you sleep at night?',
    'Charging me interest on a payment your own system delayed, in good conscience?',
    'They told me the hold was "standard". Standard for who?',
    'You sent me a card-expired notice for a card I renewed in May. Do you actually check your own system?',
    'Nobody mentioned the early exit charge when I took out the bond. I want to close it now.',
  ])('"%s" goes to a person', (text) => {
    expect(calmlyRead(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '这个账户管理费合理吗，和别家比怎么样',
    '办卡的时候柜员有没有说过年费？我记不清了',
    'App上显示“处理中”，处理中是什么意思',
    '你们后台能查到我上个月的存款记录吗',
    'Is the monthly fee fair compared with other banks?',
    'The app says "pending", what does pending mean?',
    'Can you check your records for my deposit from last week?',
    'Was I told about the exit charge when I signed up?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calmlyRead(text)).toBeNull();
  });
});
