/**
 * Scams asked about to teach others (a staff training, a talk) or out of curiosity about the law (how serious an offence
 * heard of online is, which law it breaks) are no scam story (scams_asked_about_to_teach_or_out_of_curiosity.ts). A story
 * told beside the same question is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('a scam asked about to teach others or out of curiosity about the law', () => {
  it.each([
    '单位让我下周给新员工做个防骗讲座，骗局常见的有哪些类型',
    '刷到抖音上说有人把银行卡借给别人用被抓了，真有这么严重吗，犯的是哪条法',
    "I've been asked to run a scam awareness session for our volunteers. What are the most common scams at the moment?",
    'Read online that people get prosecuted for letting others use their bank account. Is it really that serious? Which law is that?',
  ])('"%s" is answered by the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '单位让我做防骗讲座，可是刚才有个自称警察的打电话说我涉嫌洗钱，让我把钱转到安全账户',
    '有人让我把银行卡借给他用，一个月给我三千，这违反的是哪条规定',
    "I'm running a scam awareness session, but a man just called saying he's from your fraud team and told me to move my savings to a safe account",
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
