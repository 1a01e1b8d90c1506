/**
 * Which messages ask where a machine, a counter or the place to pay in or take out cash is (answered by the
 * branch_locations article whatever the intent model hears; on the lobby screen by its lines for someone in
 * the branch) and which only share the words: what a machine allows or costs, a card it kept, cash abroad,
 * where to keep savings, the queue-ticket machine.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutElsewhere, asksWhereInTheBranch } from './branch_place_question.ts';

describe('where to find a machine or a counter', () => {
  it.each([
    'ATM在哪',
    'ATM在哪里',
    '存钱去哪里',
    '取钱在哪儿',
    '存款机在哪',
    '柜台在哪边',
    '哪里可以取款',
    '附近哪里有ATM',
    'Where is the ATM?',
    "where's the cash machine",
    'where do I deposit cash',
    'where can I take out cash',
    'where is the counter',
    'where is the nearest ATM',
  ])('"%s" does', (text) => {
    expect(asksWhereInTheBranch(text)).toBe(true);
  });

  it.each([
    'ATM一次最多取多少',
    '取款机上今天还能取多少',
    '存钱去哪里划算',
    '存钱去哪里好',
    '在日本哪里可以取钱',
    '昨晚在地铁站那个ATM上卡被吃了，今天去哪拿回来',
    '取号机在哪',
    '在哪预约网点',
    '我的存款在哪里查',
    'atm daily max?',
    'where can I withdraw cash in Japan',
    'atm keep my card, where i can get it back',
    'where is the ticket machine',
    'where is the risk questionnaire',
    'where is my money',
  ])('"%s" does not', (text) => {
    expect(asksWhereInTheBranch(text)).toBe(false);
  });

  it('tells the branch the customer stands in from another place', () => {
    expect(asksAboutElsewhere('ATM在哪')).toBe(false);
    expect(asksAboutElsewhere('Where is the ATM?')).toBe(false);
    expect(asksAboutElsewhere('附近哪里有ATM')).toBe(true);
    expect(asksAboutElsewhere('where is the nearest ATM')).toBe(true);
  });
});
