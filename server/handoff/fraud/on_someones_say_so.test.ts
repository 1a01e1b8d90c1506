/**
 * Practical asks made on someone else's say-so, told without a scam word: an app the "engineer" needs, a
 * limit raised for a "crypto teacher", a code the delivery driver wants read out, gift cards for the IRS, a
 * sting on a "dishonest bank employee", a refund "activated" at an ATM, a partner in the army who needs money
 * for leave. Beside them, the same asks made for the customer's own reasons, which the rules must leave alone.
 * Messages go through the pipeline's text normalisation first, as in the product.
 */
import { describe, expect, it } from 'vitest';
import { scamUnderWayAsTyped as fires } from './testing/scam_under_way.ts';

describe("asks made on someone else's say-so", () => {
  it.each([
    'how do i install anydesk? bank technician needs it',
    'how do I get TeamViewer? the broadband engineer needs it',
    'Zelle daily max? Apple support is helping me fix a hack.',
    'Can I give my banking password to the tech guy fixing my virus?',
    'what does the code ending 4471 do? the delivery driver is asking for it',
    "Where's my 'receive money' code? Gumtree buyer wants it read out.",
    'unblock pls. its for my crypto teacher',
    'need to buy steam cards for the IRS, will my card work at Walgreens',
    'Can I get a cash advance on my credit card? The detective needs marked notes to catch a dodgy bank employee.',
    "How do I send money to Ghana? It's for my boyfriend's army leave papers.",
    'do I need the card PIN for the courier collecting my card?',
    "Police said withdraw cash and keep quiet. What's my ATM max?",
    '我在打电话，他让我问你们非柜面限制怎么解除',
    '你们app能同时开腾讯会议吗，客服在教我退款',
    'ATM上怎么操作"退款激活"',
    '转账用途填啥才不会被拦',
    '叔叔出车祸在医院，新手机号打来要手术费',
  ])('recognises "%s"', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'how do I install your app on my new phone',
    'my IT guy set up the laptop, how do I log in to online banking on it',
    'can you raise my daily limit, I am buying a car',
    'how do I unblock my card after three wrong PINs',
    'what does the code in the text do? I did not ask for one',
    'I bought steam cards for my son, can I get a receipt',
    'how do I pay my tax bill to the IRS from my account',
    'can I share my screen with your video banking adviser',
    'my boyfriend is in the army, how do I add him as a payee for the rent',
    '我叔叔出车祸住院了，想给他转点钱，怎么转到他卡上',
    '我换了新手机号，怎么改预留手机号',
    '非柜面限制怎么解除，要带什么材料',
    '转账用途填什么',
    'ATM能存钱吗',
    '新卡要先去ATM激活吗',
    '腾讯会议开着的时候能用手机银行吗',
  ])('leaves "%s" alone', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('a relative scammed long ago is no scam under way', () => {
  it.each([
    'My nan lost £3k to a phone scam back in 2019. Is there anything she can still claim now?',
    "My mum was romance-scammed in 2021, she's back on her feet now. She'd like to open a savings account, what does she need to bring?",
    '我外公十年前被人用"中奖"骗过钱，现在他一听电话就怕，能不能把他卡上的电话银行关了',
  ])('"%s" is settled', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'my mum was scammed yesterday, she sent 5k to a man who said he was from the bank',
    '我妈刚被骗了两万，刚转过去，还能追回来吗',
  ])('"%s" is under way', (text) => {
    expect(fires(text)).toBe(true);
  });
});
