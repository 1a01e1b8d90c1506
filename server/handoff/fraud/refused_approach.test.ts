/**
 * An approach the customer ended themselves and gave nothing to ("他说我涉嫌洗钱，我直接挂了", "asked for my
 * PIN, I hung up") is told after the fact: the detector marks it `declined` even when the story names a scheme.
 * Not when they went along, when it goes on ("又打来了", "he keeps calling"), or when someone else hung up.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a scam approach the customer turned down', () => {
  it.each([
    '有个自称检察院的说我的卡涉及案件让我转账配合，我当场就挂了，这卡还安全吗',
    '对方说是银行客服让我把验证码念给他，我啥都没说直接挂断了',
    'A woman claiming to be the police said I had to move my savings, I just hung up. Anything I should do?',
    'Someone claiming to be your security team asked for the code you texted me, I put the phone down and gave nothing',
    'A man posing as a detective wanted my card PIN, I blocked the number and never told him anything',
    // the customer said no, or checked on the number printed on the card
    'A text from "the bank" said to move my money to a holding account for safety. I refused and rang the number on the back of my card',
    '有人冒充银行让我把钱转到安全账户，我拒绝了，打了卡背面的客服电话问过，是假的',
    // the customer checked with the person impersonated before paying anything
    '有人冒充我表哥在微信上借钱 我打电话问了表哥本人才知道是假的 没转',
    '有人冒充老板让我给供应商打款，后来打电话核实了老板本人才确认是假的，钱没转',
  ])('is declined in "%s"', (text) => {
    const a = detector.assess(text);
    expect(a.schemes.length).toBeGreaterThan(0);
    expect(a.declined).toBe(true);
  });

  it.each([
    // went along, or it goes on
    '警察说我涉嫌洗钱要转到安全账户，我挂了以后他又打来了',
    '对方要验证码，我告诉他了，然后才挂了',
    'The officer said to transfer my savings, I hung up but he keeps calling back',
    'He asked for my PIN and I gave it to him before I hung up',
    // the caller hung up or blocked the customer, not the other way round
    '钱转过去以后那个所谓的客服就把我拉黑了',
    '有人冒充我领导视频，一接通他就挂了，然后让我马上转五万给供应商',
    '对方让我去安全账户转钱，后来给我挂了，我还要转吗',
    // said no at first, then went along
    'He wanted me to move everything to a safe account, I said no at first but then I transferred it',
    // paid first, found out after
    '警察说我涉嫌洗钱，我转了两万到安全账户，后来问了派出所才知道是假的',
  ])('is not declined in "%s"', (text) => {
    expect(detector.assess(text).declined).toBe(false);
  });
});

describe('an approach told as over, with no scheme named', () => {
  it.each([
    '工地上有人说借张卡给他用就给钱，我没去，听说那是犯法的',
    '回老家以后卡还能用不？厂里有人被电话骗说卡异地要冻结，我不信那个',
    '俺老伴儿接了个电话说孙子在外头出事了要钱 俺当场给孙子打过去 孩子好好的 钱一分没转',
    '刚有人加我微信说是你们行客服要给我退款 我直接拉黑了哈哈',
    '家长群里老师转了条提醒，说有人冒充班主任收资料费，我们都没交',
    '在外地打工 有电话说我社保要注销让转钱 我直接去社保局问了是假的 这事要跟银行报备不',
  ])('is declined in "%s"', (text) => {
    const a = detector.assess(text);
    expect(a.declined).toBe(true);
  });

  it.each([
    '看了个电视剧，里面的人被电信诈骗了，我就好奇银行真能把被骗的钱冻结吗',
    '看了那个网恋被骗的新闻吓一跳 我闺女在网上处了个对象 有啥资料能发给她看看不',
  ])('is settled in "%s" (a scam seen on TV or in the news)', (text) => {
    expect(detector.assess(text).settled).toBe(true);
  });

  it.each([
    // still to come, or the scammer blocked the customer
    '他让我把钱转到他给的账户，我还没转，先问问你们',
    '对方收了钱就把我拉黑了',
    '看到新闻说有人冒充公安，可刚才真有个警官打电话让我把存款转到安全账户',
  ])('still counts in "%s"', (text) => {
    const a = detector.assess(text);
    expect(a.declined || a.settled).toBe(false);
  });
});
