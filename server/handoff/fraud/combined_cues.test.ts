/**
 * Scam cues that count only in combination (someone else pushing + money + pressure), the scam types added
 * with them (overpayment, SIM swap, off-platform payment, card collection), and the hard neutrals they must
 * leave alone: the customer's own errands with courts, fees, prizes and surprises, scams already reported
 * or long past, and approaches the customer turned down.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';
import { scamUnderWay } from './testing/scam_under_way.ts';

const detector = new FraudDetector();
const fires = scamUnderWay;

describe('scam cues in combination', () => {
  it.each([
    // someone else + money + pressure to act at once
    '一个自称我侄子同学的人打电话，说我侄子住院了，让我赶快把钱打过去',
    'A man claiming to be from the water board says I must pay by transfer immediately or they cut me off',
    // overpayment
    '买家说他多付了两千，让我把多出的钱退到他朋友的卡上',
    'The tenant paid me double by mistake and asked me to send the difference back to his agent',
    // SIM swap
    '我的手机卡突然无服务了，接着就收到了网银登录的验证码',
    'My sim has had no service since this morning and I keep getting sign-in alerts from my bank',
    // off the marketplace's own channel
    '在二手平台买相机，卖家非要加微信私下交易，让我先付定金',
    'The seller on eBay asked me to pay by bank transfer outside of eBay to save fees',
    // courier collects the card
    'The bank said a courier will come to collect my card tonight and I should seal the PIN with it',
    // authority that reaches the customer, in reported speech
    'Someone from the pension service said my benefits are frozen and I have to move my money today',
  ])('recognises "%s"', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // the customer's own errands with courts, fees and prizes
    'Can I pay a court fine through online banking',
    'is there a fee to withdraw cash abroad',
    '中奖了要交税吗',
    '柜员说提现要先交手续费吗',
    'will I be taken to court if I miss a payment',
    'How do I pay the court fee for my divorce online',
    // secrecy of the customer's own
    "It's a surprise party for my husband, don't tell him, I need to transfer the deposit to the venue",
    '给老婆准备生日惊喜，不要告诉她，我想先转定金给蛋糕店',
    // already reported, long past, or someone else's
    '我之前被骗过，现在想把转账限额调低一点',
    '我上个月被骗了，已经报警了，银行需要我提供什么材料',
    'I reported the scam to the police, they gave me a crime reference number, what happens now',
    'My colleague got scammed last year, how do I make my account safer',
    // a verified change of payee
    'My builder gave me his new bank details in person, how do I add him as a payee',
    // legitimate urgency of the customer's own
    '我要马上给医院交押金，手机银行转账限额是多少',
    'I need to pay my rent right now, why is the transfer pending',
  ])('leaves "%s" alone', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('tells an approach the customer turned down from one they went along with', () => {
    expect(detector.assess('有人打电话说是公安局的，我直接挂了').declined).toBe(true);
    expect(detector.assess('I got a text about a prize and deleted it').declined).toBe(true);
    expect(detector.assess('I hung up but then I sent him the money anyway').declined).toBe(false);
    expect(detector.assess('他让我把验证码告诉他，我没理，后来还是发给他了').declined).toBe(false);
  });
});

describe('turned down, hearsay and colloquial questions', () => {
  it.each([
    // a victim report the customer turned down
    'Got a scam text pretending to be the tax office, I deleted it. Can I block the sender?',
    // what to do if… asked in colloquial Mandarin
    '万一有人打电话让我把钱转到安全账户，我咋办',
    // someone else's scam, heard of
    '听同事说她上当了，被骗走两万，这种一般能追回来吗',
    // a scam letter thrown away
    'My dad got a letter saying he won a prize abroad, he binned it',
    // how a kind of scam works, to warn someone
    'How do romance scams work? I want to warn my mum',
    '啥叫刷单返利？想给我妈提个醒',
  ])('"%s" does not fire', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    // money not come back is no "did not reply"
    '交了三千保证金说能贷款，钱到现在也没回来，骗子让我再交两千',
    'I hung up on him, but then I sent the money he asked for anyway, was that a scam',
  ])('"%s" still fires', (text) => {
    expect(fires(text)).toBe(true);
  });
});
