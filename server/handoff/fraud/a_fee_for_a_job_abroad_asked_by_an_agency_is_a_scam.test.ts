/**
 * A recruitment agency or a labour broker asking the job seeker to pay for a job abroad's visa or work permit
 * (fee_for_a_job_abroad_asked_by_an_agency.ts): the scam warning, however calm the model reads the message. The
 * customer's own visa paid to the embassy or the visa centre, and a sponsor's own permit, are no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));

describe('a fee for a job abroad asked by an agency', () => {
  it.each([
    'An overseas recruitment agency offered me a warehouse job in Poland but I have to pay them 4,000 for the work visa first. Which transfer is cheapest?',
    'The recruiter for a nursing job in Dubai says I must pay the work permit fee to the agency before the contract is sent.',
    '劳务中介说去日本工厂上班包吃住，但要先交五万八办工签，我怎么转给他们',
    '出国劳务公司让我先交三万签证费和工作许可费，才能安排去新加坡',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I am paying the visa application fee for my daughter at the VFS centre tomorrow, can I use my debit card there?',
    '我要在大使馆官网交签证费，能用信用卡吗',
    'My employer in Canada is sponsoring my work permit, what documents do you need for a proof of funds letter?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemesIn(alarmed(text))).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
