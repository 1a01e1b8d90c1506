/**
 * What the customer sees: a spam or prize text in the bank's name reported as ignored, with a laugh or an eye-roll at the
 * senders ("…won your summer raffle lol… deleted it", 收到短信说我中了你们行的抽奖，服了…我没理), stays with the assistant: the
 * laugh, the "ignored it" and the eye-roll are about the senders (spam_text_reported_as_ignored.ts). A grievance with the
 * bank told beside it still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

// The model unsure (neither escalating nor overruling the rules): what is shown is the lexicon's reading.
const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe("a spam text in the bank's name reported as ignored", () => {
  it.each([
    "got a text saying I'd won your summer raffle lol. someone is using your logo. deleted it",
    'fyi there is an sms going round saying people won a prize from your bank lmao, ignored it',
    '收到条短信说我中了你们行的周年抽奖，服了，有人拿你们名义骗人，我没理',
    '手机上收到个短信说我抽中了你们银行的大奖，无语，冒充你们的吧，直接删了',
  ])('"%s" stays with the assistant', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each([
    'got a text saying I won your raffle lol, ignored it. your app is rubbish though, it crashed three times today',
    '收到冒充你们的中奖短信，没理。但你们的app真是烂透了，烦死了',
  ])('"%s" still goes to a person', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('negative_sentiment');
  });
});
