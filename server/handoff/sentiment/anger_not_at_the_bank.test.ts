/**
 * Anger words about something other than the bank — the weather, the commute, a day at work — weigh little
 * and, alone, mark the message `offTopicOnly` (the policy then lets the model's frustration vote stand down);
 * someone else's feeling told calmly ("my daughter is upset her card limit is so low") weighs half; annoyance
 * at oneself (服了我自己) is no anger at the bank. The same words aimed at the bank still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('anger words that are not about the bank', () => {
  it.each([
    '外面台风刮得太糟糕了，明天支行几点开门',
    '早上堵车堵得真崩溃，顺便问下信用卡账单日能改吗',
    'The traffic this morning was horrible. What time does the Leeds branch close on Fridays?',
    'Awful weather out there! Can I deposit a cheque through the app instead?',
    "Had a terrible week at work, finally sitting down to sort out my savings, what's the best ISA?",
    '湖人又输了心情很差 换点港币下个月去看球',
    'My landlord is an absolute nightmare about repairs. Anyway, is my rent standing order still going on the 1st?',
    // the customer says it is not about the bank
    'Very angry with my agency, they keep half of my first month wages. Not bank problem. I want to open an account',
    '平台扣我50块超时罚款真是无语 不过跟你们没关系 问下卡里余额',
    // clauses split by spaces, a short outburst before or after the off-topic clause, more subjects
    '老板今天又骂人 心累 下班顺路来存个钱',
    '服了 小区又停电 手机快没电 先帮我查个余额',
    '今天去医院挂号排了三个小时，真服了医院。来问一下医保卡怎么绑',
    '外卖app又崩了 今天接不了单 正好来办个卡',
    'the uber app crashed again, so annoying, anyway what is my balance',
    'so annoyed with my boss, he paid me late again. can I move my direct debit date to the 5th',
    // the customer turns from the vent to the errand
    '快被婆婆烦死了 算了说正事 办个儿童储蓄卡',
    '菜市场那个卖肉的缺斤短两，气得我，算了不说了，帮我取五百',
    '隔壁超市收银员态度真差，非说这卡不能刷，其实是他们POS机坏了。没事，就吐槽一下',
    // a baby's night, the stock market
    '宝宝闹了一晚上没睡，烦死了，帮我交一下电费',
    '股市又跌了，心烦，你们有没有保本的定期存款',
    'Terrible night with the baby, I just need to pay my council tax before I forget.',
    "The stock market tanked again and I'm sick of it. Do you offer fixed-rate savings bonds?",
    // having to repeat oneself to someone else, or losing a job
    '外卖小哥又送错了，这是这周第三次！！算了不说了，我想查一下上个月的信用卡账单',
    "My landlord is a nightmare and still hasn't fixed the boiler. Can I pause my standing order for rent?",
    '今天被公司裁员了，心情很差，想问一下我的房贷能不能先只还利息',
    // a shop or an online seller, while asking the bank about the card payment
    '网店卖家太坑了，发的货是假的，还不理人，信用卡付的钱能追回吗',
    'The seller on eBay is ignoring me, so frustrating. Can I dispute the card payment?',
    'Amazon has been terrible lately, anyway can you tell me my balance',
    // a shop named by its name ("apple" is no app)
    'The Apple Store overcharged me and wouldn’t fix it, so annoying. Can I dispute it?',
    '京东上买的耳机是假的，商家不给退，气死了，信用卡付的能拒付吗',
  ])('"%s" is off topic', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.offTopicOnly).toBe(true);
  });

  it.each([
    '下这么大雨我跑过来，你们网点居然关门了，太糟糕了',
    'Awful weather and your app crashed twice while I was paying, terrible',
    "I've been on hold longer than my whole day at work, ridiculous",
    "Kids' savings interest is embarrassing compared to everywhere else, moving it",
    // a clause that tells something after an off-topic one is not swept along with it
    '老板让我取备用金，到了才说大额要提前一天预约，白跑一下午',
    '堵车堵得崩溃，烦死了，你们还让我等了一个小时',
    '烦死了，你们app又崩了',
    '宝宝的儿童卡你们又寄丢了，太糟糕了',
    'Terrible, your app lost my baby bonus payment again',
    '外卖又送错了，你们的转账也第三次失败了',
    "Third time I'm asking, your app keeps failing",
    "The shop is useless and your bank is worse, I'm sick of this",
    'the app overcharged me again, so annoying',
  ])('"%s" is still anger at the bank', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeLessThanOrEqual(THRESHOLD);
    expect(a.offTopicOnly).toBe(false);
  });
});

describe("someone else's feeling and annoyance at oneself", () => {
  it.each([
    'My daughter is upset her card limit is so low, how can she raise it?',
    '我爸有点不高兴，问他的养老金卡能不能提高取款额度',
    '又忘了密码，真服了我自己，怎么重置',
    '钥匙和卡一起丢了，服了我自己，挂失在哪里操作',
    // coming back again through one's own fault is no complaint about having to repeat oneself
    '第三次来办这个了 材料一直没带齐 怪我自己 这回户口本带了 可以办继承了吧',
    '来回跑了好几趟都是我自己证件弄错了 这次应该全了',
    '证明材料来回弄了三次 每次都是我自己漏签字 这回全签了',
    'third time filling this form in, my own fault, I keep getting the date wrong',
  ])('"%s" is calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    'My husband is furious, you took the same payment out twice',
    '我妈气死了，你们又乱扣她的钱',
    '你们这服务真是服了',
    '我都说了三遍了，你们到底能不能办',
    "third time I'm asking, your app keeps failing",
    "Apparently it's my fault your system failed",
  ])('"%s" is still upset', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
