/**
 * A scam's own step asked about as ordinary banking (scam_steps_asked_as_banking.ts): the customer does not know it
 * is a scam and asks how to do what the scammer wants, or why the bank is in the way. Each is recognised as its
 * scheme, so the customer gets the fraud warning that fits it (and the transfer is held); the same topics asked
 * about as the customer's own errand stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("a scam's own step asked about as banking", () => {
  it.each([
    // Receiving money that asks for a password or a PIN.
    ['code_request', '收款还要输支付密码吗？买家发来的二维码'],
    ['code_request', 'Why does accepting a payment from the buyer need my password? He sent me a link'],
    // Paying a "recovery" firm.
    ['recovery_scam', '维权团队说能把我炒币亏的钱要回来，付款方式怎么选'],
    [
      'recovery_scam',
      "The asset recovery firm that's getting my crypto back gave me an account in Poland, how do I send them the £900?",
    ],
    // A payee writes that its bank changed.
    ['payee_change', '装修公司发微信说他们换了收款银行，尾款这次转到新加坡的户头，怎么转'],
    ['payee_change', '合作的工厂来函说开户行变更，以后付款请汇至其香港分公司账户，网银怎么操作'],
    [
      'payee_change',
      'Our landlord company wrote that their bank account has been changed and rent should now go to a different sort code. How do I change the standing order?',
    ],
    // The boss wants gift cards in a hurry.
    ['impersonation', '老板让我去超市买五张购物卡，急着要，刷卡被拒了咋回事'],
    [
      'impersonation',
      'My boss texted that he needs Amazon gift cards for a client right away, why was my card declined buying them?',
    ],
    // A benefits or insurance "violation" that a fine would clear.
    ['authority_impersonation', '我妈社保被说多领了，要交两千罚款才能恢复发放，怎么交'],
    [
      'authority_impersonation',
      'Told my benefits were flagged for overpayment and I need to pay a £300 fine to unfreeze them, can I pay from my savings?',
    ],
    // The number moved to a new SIM by a caller, the code given.
    ['code_request', '运营商说帮我携号转网，我把短信里的数字给他了，现在收不到你们的短信'],
    [
      'code_request',
      'Three rang to switch my sim to a new one, I gave them the code. now none of your texts arrive',
    ],
    // The bank's code typed into a courier's page.
    ['code_request', '你们刚发的验证码，可以填到快递补发的网页上吗？'],
    ['code_request', 'is it ok to type the otp you sent me into the royal mail redelivery page?'],
    // The police collecting the cards.
    ['authority_impersonation', '警察说要上门收走我的卡，密码要写下来吗'],
    [
      'authority_impersonation',
      'The detective is coming round to collect my debit cards for the investigation, do I give him the PINs as well?',
    ],
    // A relative said to be held.
    ['impersonation', '有人说我儿子在他们手上，让我转两万赎人，最快怎么转'],
    ['impersonation', "They've got my son and want 5000 wired today, how do I send it fast"],
    // An overdue bill paid through a link.
    ['advance_fee', '短信发的水费欠费链接交不了，卡是不是被限制了'],
    [
      'advance_fee',
      'paying the overdue toll bill link from the text but my card keeps failing, is there a block?',
    ],
    // An "update" that makes the customer wait to log in.
    ['code_request', '手机银行升级好了，说要等24小时才能登录，正常吗'],
    ['code_request', 'finished the upgrade and now it says come back in 24 hours to log in. is that normal'],
  ])('warns of %s on "%s"', (scheme, text) => {
    const v = verdict(text);
    expect(v?.reason).toBe('fraud_risk');
    expect(v?.because).toContain(`scheme:${scheme}`);
  });

  it.each([
    '我自己开的收款码，客户付款要多久到账',
    'Do I need to enter my PIN to receive money from a bank transfer?',
    '我们公司换了开户行，怎么通知客户以后打到新账户',
    'We changed our business bank last month, how do I give customers the new details?',
    'My boss gave me an Amazon gift card for my birthday, how do I use it online?',
    '公司年会发了京东卡，能绑到你们的信用卡上用吗',
    "I'm porting my number to a new network next week, will I still get your codes?",
    '携号转网以后银行预留手机号要改吗',
    '电费怎么在手机银行上缴',
    'How do I pay my water bill through the app?',
    '手机银行升级后转账记录在哪看',
    'The app update finished, where do I find my statements now?',
    'My daughter is backpacking in Mexico and needs 300 for the hostel, how do I wire it?',
    '女儿在国外读书，生活费怎么汇过去最快',
  ])('stays with the assistant on "%s"', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
