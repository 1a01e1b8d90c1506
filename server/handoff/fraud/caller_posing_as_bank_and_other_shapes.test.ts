/**
 * Scam shapes the rules used to miss (read from cross-validation misses of the handoff corpus): the bank's
 * "fraud team", "head office" or an "inspector" on the phone or at the door, money moved "for safety", margin
 * calls from a "broker", limits raised for a "mentor", fees to claim a prize, gift cards as payment, an
 * officer needing the customer's funds "proved", codes sent to someone else's number, paid credit-record
 * removal, "internal" products, the boss's urgent order over a video call, being told what not to say, and
 * co-ops paying several times the bank's interest. Beside each, the ordinary banking it must leave alone.
 * Messages go through the pipeline's text normalisation first (NFKC turns "，" into ","), as in the product.
 */
import { describe, expect, it } from 'vitest';
import { scamUnderWayAsTyped as fires } from './testing/scam_under_way.ts';

describe('callers posing as the bank, and other scam shapes', () => {
  it.each([
    'pls how to do quick transfer, the police officer is on the line waiting',
    'withdraw 10000 cash please a bank inspector is coming to my house to check the notes',
    'Your fraud department told me to confirm the pending payments with the codes sent to my phone',
    'Your colleague from head office rang and told me to ignore any warnings when I make the transfer',
    'the girl from the bank is waiting on the line, how do i switch on screen sharing',
    'the police said the teller at my branch is in on it so I should just withdraw 8000',
    "He's asked me to open a new account with another bank and move my savings there for safety",
    'the energy company rang about a 150 rebate, they just need me to confirm my card details',
    'The broker keeps calling me to add more money because my trades are about to be liquidated',
    'My investment mentor said to raise my limit to 50k tonight for the IPO allocation',
    'I rang the number on the invoice and the man wants me to install something to refund me',
    'please increase my card limit, i need to pay the prize tax to claim the car i won',
    "I was told to buy an iTunes card to pay for my nephew's hospital bill abroad",
    '他让我去买两千块的游戏点卡来交手续费',
    '网银U盾现在能开通吗，公安在查案，需要U盾证明我的资金',
    '这个账户是你们行的吗？警官说是国家清算账户，我要往里转保证金',
    '手机号换绑一下，帮我办事的人要用他的手机号收短信',
    '征信上的逾期能花钱删掉，那人说5000块，钱转他卡上就行',
    '加我微信的那个客户经理说有内部理财年化12%，我该怎么打款给他',
    '视频会议里领导让财务紧急付一笔款，限额不够怎么办',
    '取十万现金，那边交代了不能说用途，你们别问了',
    '村里人说有个合作社 存进去利息是你们的五倍 大额存单能取出来吗',
    '怎么提额 老师等着呢',
    '房东发微信说换卡了 这次房租转到另一张 户名是他表弟',
    '收到一封邮件说合同上的收款账户作废，附件里是新的账户信息，让我们今天付款',
    '帮人刷卡收手续费的兼职 我的卡能收这种钱吗',
  ])('recognises "%s"', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'can you raise my daily limit, I am buying a car',
    'I want to move my savings to a fixed deposit to keep it safe',
    'do I pay tax on my lottery winnings?',
    'I rang the branch to ask about my transfer limit',
    'the fraud team called about my payment to the builder and I confirmed it was me',
    'staff at the door told me to use this screen to book a safe deposit box',
    '护士节单位发的购物卡能不能拿来还信用卡',
    '给自己买了张苹果礼品卡充游戏，xyk付款被拒了，是为啥',
    '村里合作社年底分红 要给三十多户打钱 有没有批量转账',
    '房东上个月微信说换卡，我打电话问他本人，他说是号被盗了根本没换。那这个月我继续转老卡就行吧',
    '有人说逾期记录可以删除，是真的吗',
    '提额需要什么条件',
    '骗子短信一天好几条烦死了，能不能帮我关掉营销短信，动账提醒留着',
  ])('leaves "%s" alone', (text) => {
    expect(fires(text)).toBe(false);
  });
});
