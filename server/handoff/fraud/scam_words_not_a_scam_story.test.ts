/**
 * Scam words that do not tell a scam under way: card fraud handled by the bank's card flows (盗刷, "a fraud
 * alert / claim"), a scam in the news, a talk or a study, someone else's or long settled, one the customer
 * nearly fell for or says is not theirs, and the bank's own scam warning. The
 * `victim_report` rule stands down for these; a victim telling their own scam still triggers it.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('scam words in messages that tell no scam under way', () => {
  it.each([
    // card fraud and its paperwork
    '之前提交的盗刷调查 结果出来没有',
    '我的卡去年被复制盗刷过，后来换了新卡，新卡是只能插芯片吗',
    'the fraud claim I made in March was closed and refunded, can I have a letter confirming it for my insurance',
    'fraud alert text from you just now for £89 on amazon - that was me. do i reply Y or tap in app',
    'what happens after I report a card payment as fraud, do I get the money back straight away',
    // in the news, or heard about
    '看了那个网恋被骗的新闻吓一跳 有啥资料能发给她看看不',
    'Saw on the news you are refunding people who got tricked into sending payments, is that for everyone',
    // nearly fell for it
    '我们公司会计差点被假老板骗了，幸好打电话核实了，对公账户能不能设大额转账二次确认',
    'I nearly got scammed by a fake courier text last week, how do I turn on payment alerts',
    'I almost paid it before I realised the invoice was fake, can you add a warning on new payees',
    // someone else's, or long settled
    '我妈有个老姐妹被骗了好几万，挺可怜的，你们有没有给老人看的反诈宣传册',
    '我表姐前年被刷单骗了三万，那事早了了，我就想问开个二类户限额多少比较稳妥',
    '被骗那事去年就结案了，今天来问问那张卡能不能解除限制',
    // a talk, a study, a show
    'Our office did a training on invoice fraud today. Does the bank offer confirmation of payee for business accounts?',
    '看了个电视剧，里面的人被电信诈骗了，我就好奇银行真能把被骗的钱冻结吗',
    // not theirs, or the bank's own warning
    'Not scammed or anything, just want to know if you can add a 24 hour delay on new payees for my dad.',
    'scammers tried the hi mum text on me last night, i knew straight away its not my daughter',
    'The news said banks will have to refund scam victims now. Just curious, nothing happened to me.',
    'the scam warning popped up when i paid my builder, he is legit, ive used him for years',
    '给女儿转生活费，支付宝弹出"疑似诈骗"提示，怎么解除',
  ])('does not read "%s" as a victim report', (text) => {
    expect(detector.assess(text).schemes).not.toContain('victim_report');
  });

  it.each([
    '我被骗了，刚转了两万给一个网友，怎么办',
    '完了我好像上当了，对方收了钱就把我拉黑了',
    'I think I have been scammed, I sent 3000 to a man I met online and now he has blocked me',
    'I was conned out of 20000 yesterday, what do I do',
    'that fraudster on the phone has my card number now, help',
    // where the customer met the scam is no story about someone else
    '我在抖音上刷到一个刷单兼职，被骗了三千，还能追回来吗',
    'I joined a work from home program and got scammed out of 900 yesterday',
    '好在被骗的钱不多，就两千，还能追回来吗',
    '我是不是被骗了，对方收了钱就不回消息了',
    '我有没有被骗啊，转了五千过去对方就拉黑我了',
    'I paid the deposit and nothing happened, I knew straight away I had been scammed',
    '被骗的事到现在还没解决，你们能帮我冻结对方账户吗',
    // the agent named in the passive (被人骗), and details handed over before the customer saw through it
    '我刚被人骗着借了5万网贷转给对方了 怎么冻结 怎么报案',
    'fake amazon guy got my card details, i gave them before i realised. block it pls',
  ])('still reads "%s" as a victim report', (text) => {
    expect(detector.assess(text).schemes).toContain('victim_report');
  });

  it('marks a safe-account call the customer ignored and hung up on as declined', () => {
    const a = detector.assess('接到一个自称公安的电话让我转安全账户，我没理直接挂了，需要报警吗');
    expect(a.schemes).toContain('safe_account');
    expect(a.declined).toBe(true);
    expect(detector.assess('自称公安的让我转安全账户，我没理他，他又打来了').declined).toBe(false);
  });
});
