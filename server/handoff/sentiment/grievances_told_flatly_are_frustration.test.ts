/**
 * What the customer sees: a grievance told without one angry word goes to a person: the money back but the fee kept, a
 * quiet "I'll probably move my account elsewhere", resignation ("not expecting a fix"), irony about the bank's
 * timing, months counted against today, a crowded branch with one counter open, hoops to get at one's own money, an app that changes with every update, "not the first time", and
 * "not going to argue, done that already" (sentiment/understated_grievance.ts). Calm look-alikes stay with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a grievance told flatly', () => {
  it.each([
    // The money came back, the fee did not.
    '行吧，汇给房东的钱退回来了，手续费没退回来',
    '这钱退回来了，手续费没有退',
    'The wire to my sister got returned. The $30 charge stayed gone.',
    // A quiet, conditional move to another bank.
    'So the new card fee is here to stay. I am considering moving my current account to a different bank, thought you should know.',
    // Resignation.
    '验证码有人收到过吗',
    'Will the app ever remember my login, or should I stop hoping?',
    'Has the confirmation email ever arrived for anyone?',
    // Irony about timing.
    '好巧，我一办完定期，利率就上调了',
    'Curious how the card fee appeared the month after the free year ended, as soon as I stopped checking.',
    // Months counted against today.
    'Asked for a replacement chequebook in February. It is now May.',
    'Thanks, but updating an address should not take from January till April.',
    // Many waiting, one counter open.
    '25 customers ahead of me and one counter open. Saturday morning.',
    // Hoops to get at one's own money.
    'Why should I have to bring a letter from my GP to get at my own pension money.',
    'Why do I need to show three forms of ID to take out my own cash.',
    // An app that changes with every update.
    'Every new version hides the card settings somewhere else.',
    // Not the first time.
    '不是头一回了，ATM扣了款没出钱，这次五百',
    'Not the first time this year, the ATM swallowed my card.',
    // Argued already.
    "I'm not going to argue about the overdraft charge, I've done that already. Is it coming back or not?",
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '钱退回来了，手续费也会退吗？',
    'The payment came back to me, will the fee be refunded as well?',
    '怎么把钱转到别的银行卡上',
    'How do I move money to my account at another bank?',
    'Funny how time flies, my deposit matures next week. Can I renew it?',
    'I applied for the loan on 3 March. What stage is it at now?',
    'The app says "processing", what does that mean?',
    'How many people are ahead of me in the queue?',
    'Can I withdraw my own savings at any branch?',
    '更新以后转账按钮在哪里？',
    '不是第一次忘密码了，怪我自己，怎么重置',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
