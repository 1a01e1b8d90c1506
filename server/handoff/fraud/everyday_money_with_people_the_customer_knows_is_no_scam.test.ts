/**
 * Everyday money that involves someone else, told in the customer's own words, is no scam: the hospital's own desk
 * asking a deposit for the customer's parent (own_hospital_bill.ts), damages paid to the customer by whoever caused
 * them (damages_paid_to_the_customer.ts), the customer's own sale paid through a platform's own checkout
 * (sold_through_the_platforms_checkout.ts), a friend's advance paid back (friends_advance_repaid.ts), the bank's own
 * scam check quoted from its app (banks_own_scam_prompt.ts), a small share of a known neighbour's group buy
 * (neighbours_group_buy.ts). The same money brought by a caller, a link, a fee, a boss's message, changed details or
 * a stranger in a group is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('everyday money with people the customer knows', () => {
  it.each([
    "Mum's been admitted to St Mary's and the admissions desk wants a £2,000 deposit before they operate. Can my debit card pay that at once?",
    '出了个小车祸，交警处理完了，对方答应赔我修车钱一千五，他问我要卡号和户名，给这些就够了吧',
    '邻居家洗衣机漏水把我家墙泡了，他说赔我两千，问我要卡号，多久能到账',
    '有人在微信上说想买我转转上挂的那台相机，我让他在转转上直接下单，他下单了我也寄出了，钱多久能到我卡上',
    '同事帮我垫付了上个月的聚餐钱，我现在转还给她，用手机号转可以吗',
    'Sending my brother £2,000 for the wedding suit and the banking app says "this could be a scam, do you know who you are paying?" — yes, he is my brother. Which one do I choose?',
    "Paying the plumber I have used for years and the app warning says 'scammers often pose as tradespeople'. What do I press to carry on?",
    '转账时弹窗问“您是否正在遭遇诈骗”，我是给我亲哥转学费，点哪个',
    '隔壁刘阿姨在小区群里组织拼单买车厘子，一份150，她发了个人收款码，扫码付就行吧',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有人打电话说是保险公司的，说我车险理赔可以赔我两千，要我卡号和验证码',
    '闲鱼上有个买家说他付款了，让我点他发的链接确认收款，还说要交保证金解冻',
    "Someone called saying they're from the insurance, the other driver will compensate me but I need to pay a release fee first",
    '我老板微信让我给供应商转货款二十万到一个新账户，说今天必须付',
    'Our supplier emailed to say their bank details changed, please pay this month’s invoice to the new account from our business account',
    '业主群里有人团购大米，便宜一半，我付了定金她就把我拉黑了',
    '网友说他帮我垫付了保证金，让我现在还他',
    'The agent called me and said pay the house deposit to his personal account, the seller is abroad',
    "The app says 'could this be a scam?' — the man from the bank's fraud team told me to ignore it and move my savings to the safe account",
    '我爸住院了，医生打电话让我把手术费转到他个人卡上',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
