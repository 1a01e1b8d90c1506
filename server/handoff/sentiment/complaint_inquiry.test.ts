/**
 * A complaint word in a calm question about the complaint procedure, or about a complaint already settled, is
 * no threat; self-blame is no anger at the bank; a duplicate charge (扣重复了) is no claim of repetition; and
 * English frustration without strong words (time lost, sent in circles, "for once", the bank's stalling words
 * quoted back) reads as negative.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('questions about the complaint procedure', () => {
  it.each([
    'Where do I send a complaint about a mortgage adviser? Just so I know',
    'What is your complaints policy for business customers?',
    'Could I file a complaint online or does it have to be in writing?',
    'My old complaint was resolved last year, I have a question about my ISA',
    '投诉一般走啥渠道啊，先了解一下',
    '在哪可以投诉，帮我爸问的',
    '退款和投诉有什么不一样',
    '上个月投诉的问题已经处理好了，想问下理财',
    // the complaint's paperwork and how long one takes; a complaint settled by a refund
    '投诉材料我整理好了，应该交给哪个部门',
    '投诉信写完了，怎么提交比较快',
    'How long would a formal complaint usually take to be answered?',
    '去年投诉的那笔年费早就退回来了，这次想问下分期',
    'My complaint about the fee was refunded last month, can I ask about a loan?',
    // what a complaints body is, asked out of interest; a complaint answered in time or settled by an apology
    '12378是干嘛的 柜台上贴着',
    '银行业协会是管啥的 跟监管局一样吗',
    '黑猫投诉是个什么网站 听人说起过',
    '打客服电话投诉还是去网点投诉？不急，就想提前了解',
    '前几天投诉的那个事，结果看到了，我接受处理方案',
    'explain the RBI banking ombudsman scheme, my professor asked us to compare it with the UK one',
    'was told on the phone my complaint would be answered within 8 weeks, thats fine, just need the reference number',
    'i think my complaint was handled well, thank you to the team',
    'The ombudsman closed my old case in 2021 and I am a happy customer again. Just need a credit limit increase.',
  ])('"%s" is no threat', (text) => {
    const a = scorer.analyze(text);
    expect(a.threat).toBeNull();
    expect(a.score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    "I'm going to make a complaint about this",
    'How do I complain about your useless staff?',
    '我要投诉你们',
    '投诉的事到现在还没处理好',
    '我要去银保监投诉你们，不急，你们慢慢拖',
    'My complaint ref CMP-22817 was closed without anyone contacting me. Reopen it or I go to the ombudsman.',
    '再不处理我就打12378',
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});

describe('self-blame and duplicate charges', () => {
  it.each([
    'My own mistake, I sent it to the wrong sort code. Can it be recalled?',
    'Silly me, I forgot my password again. How do I reset it?',
    '怪我自己没看清，转错人了，能追回吗',
    '这笔话费好像扣重复了，麻烦看一下',
    '信用卡年费重复扣款了，能退吗',
  ])('"%s" is not negative', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it.each(['Why is it always my fault', "So it's my fault now that your app crashed?", '还怪我咯？'])(
    '"%s" still is',
    (text) => {
      expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
    },
  );
});

describe('English frustration without strong words', () => {
  it.each([
    'I took a morning off work for this and got nowhere',
    'The app tells me to call, the phone line sent me to the branch, the branch sent me to the app',
    'Could somebody fix something first time for once',
    'Please stop telling me to clear my cache',
    'An hour on hold to hear "your call is important to us"',
    'Cheers for nothing then',
    'So much for the premium account',
    "I shouldn't have to chase you every week",
    'I have better things to do than fill in your forms',
    'Two branches gave me two different answers about the same fee',
    'This is my fifth email about the frozen card',
    "It's now day 6 and the payment still hasn't arrived",
    'Thirty minutes on hold only to be told the system is down',
    "Never mind, I'll sort it out myself",
    'My card was declined at the checkout, so embarrassing',
    'Interesting how the fee goes out on the day but the refund takes a month',
    "You clearly don't care about people like me",
    'Not a single reply since Tuesday',
  ])('"%s" reads as frustrated', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'Thanks so much for your help today',
    'How do I copy and paste my account number into the app?',
    'Please stop sending me paper statements',
    'Can I get my money back if the shop closed down?',
    'What day will my salary arrive if payday is a Sunday?',
    'Can I pay my rent by standing order?',
    'Is there a fee for a second card on the same account?',
    'Is the branch on the high street open right now?',
  ])('"%s" does not', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});

describe('Mandarin frustration without strong words', () => {
  it.each([
    '一会说要预约，一会又说不用预约，我到底去不去',
    '身份证复印件我都交了四遍了',
    '这审核磨磨蹭蹭的，都半个月了',
    '你们这智障客服能不能换一个',
    '说是下周给答复，然后就没下文了',
  ])('"%s" reads as frustrated', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each(['年费是一年交两次吗', '为啥要验证两次，好奇问问', '这个对征信没影响吧'])(
    '"%s" does not',
    (text) => {
      expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
    },
  );
});
