/**
 * Someone at a cash machine talked through what to press by a person on the phone
 * (cash_machine_operated_as_a_caller_directs.ts): the scam warning. The customer who rang the bank's own number from
 * the machine, or a machine that kept the card, is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe("a cash machine worked on a caller's instructions", () => {
  it.each([
    '我爸这会儿在柜员机那边，电话那头有个男的一步一步指挥他按，要不要紧',
    '我奶奶在自助机前面，电话里对方让她输这个输那个',
    'My gran is at the cash machine right now and a man on the phone is walking her through what to press',
    'Someone on the line is telling my dad which buttons to push at the ATM, is that normal?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我在取款机旁边打了你们95588，客服教我怎么修改密码',
    '取款机把我的卡吞了，怎么办',
    'I rang your helpline from the ATM and they showed me how to change my PIN there',
    'The cash machine kept my card, what now?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text)).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
