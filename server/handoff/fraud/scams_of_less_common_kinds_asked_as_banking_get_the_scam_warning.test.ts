/**
 * Scams of less common kinds, told as ordinary banking by a customer who does not know: a disaster appeal paid into
 * the collector's own account (charity_into_a_personal_account.ts, its "to avoid the fees" read by fees_avoided.ts), a
 * loan app that paid out unasked and now chases for more (loan_paid_out_unasked.ts), a free health talk selling
 * supplements to an older relative with cash back (health_talk_selling_to_the_elderly.ts), the bank's own flag on a
 * payee the customer wants to pay past (flagged_payee_to_be_forced_through.ts), an inheritance from a stranger with a
 * fee to release it (inheritance_from_a_stranger.ts). Each gets the scam warning even when the model reads nothing
 * amiss; their legitimate twins (a donation on the charity's own site, a warning only asked about, the family's own
 * estate, the bank's own talk, the customer's own loan) do not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

/** The model reading nothing amiss (`NOTHING_AMISS`), as the trained one did in such messages (P(fraud) 0.04 to 0.42). */
const verdict = firstMessageVerdict({}, NOTHING_AMISS);

describe('a scam of a less common kind asked about as banking', () => {
  it.each([
    '路口有几个人举着牌子为洪水灾区募捐，说捐得多可以直接转到他个人的支付宝，我单笔转账最多能转多少',
    '我妈手机上有个借钱app，她从没申请过，钱自己打到她卡里两千，现在对方天天催她还四千还说要给她通讯录打电话，能直接还吗',
    '我外公这半年天天去听健康讲座，人家送米送油，现在说买他们的理疗仪五万块年底全额返现，他让我帮着问大额取现要预约吗',
    // Commas as the pipeline's NFKC leaves them: "听了个讲座,说…" is no hearsay ("听说") across the comma.
    '我外婆上周去听了个讲座,说买他们的保健品送鸡蛋还返现,她要取两万,定期能提前取吗',
    '在闲鱼上跟人买演唱会门票，对方只要银行转账，我转的时候页面提示收款账户有风险，能不能强制转过去',
    '一个不认识的外国律师说有位同姓的人去世了没有继承人，那笔遗产能转到我名下，要先汇五千美元的证明费，外币汇款怎么办',
    "A lending app I never signed up for deposited £300 in my account and now they're chasing me for £550 by Monday. Can I just pay it back from my current account?",
    'My grandad keeps going to free health talks at a hotel where they hand out eggs, and now he wants to withdraw £12,000 for their supplements with cash back promised. How much can he take out at the counter?',
    "Our building's flood relief collection: the organiser wants it paid to his personal PayPal to avoid the website's fees. Can I send £100 by card?",
    'A lady came round collecting for the flood victims and asked me to pay into her own bank account because their card reader is broken. Do I need her sort code?',
    'Buying a second-hand camera from a guy on Facebook, bank transfer only. The app says the payee account is flagged as high risk. Can I override it?',
    'Letter from an attorney in Toronto: a distant cousin I never knew left me an estate and there are probate costs of $4,200 to pay before it can be released. What details do you need for an international transfer?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '在壹基金官网给灾区捐了300，能开捐赠发票吗',
    '转账时提示对方账户有风险，这是什么意思',
    '奶奶去世留了点遗产，家里一直用的律师让我提供收款账号，要交税吗',
    '你们支行的养老讲座上说的那个定期存款，提前支取有损失吗',
    '我上个月在你们app申请的贷款，第一期什么时候还',
    'I gave to the Red Cross flood appeal on their own website, can I get a receipt for tax?',
    'Why does the app warn that the payee may be high risk when I pay my landlord?',
    'My late uncle left me his flat and the family solicitor says the tax comes out of the estate. Do I need to do anything?',
    'I took out a loan in your app last week, when is the first repayment due?',
    'How do I avoid scams when donating to a flood appeal?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });
});
