/**
 * A scam the customer fears may one day reach a parent they look after, told as the reason for a protective
 * setting ("给我妈的卡也弄上 她七十九了 我怕她哪天被人忽悠", "I want it on my dad's card, he's 88, I'm scared he'll get conned
 * one day"), is neither anger at the bank (sentiment/feared_scam.ts: 忽悠 is said of a scammer to come) nor a scam
 * told (fraud/scam_worry.ts). The same words said of the bank are still anger, and a scam that has happened is still
 * a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a scam feared for someone looked after', () => {
  it.each([
    '就是那个 转账晚点到账的功能 叫啥来着 给我妈的卡也弄上 她七十九了 我怕她哪天被人忽悠',
    "um that thing where transfers take a day, what's it called, I want it on my dad's card, he's 88, I'm scared he'll get conned one day",
    "my mum's 79, I worry she'll get ripped off by one of those phone scammers, can we turn off her online payments",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    ['你们这理财就是忽悠人 说好的收益呢 我怕又被你们坑了', 'negative_sentiment'],
    ["I'm worried I've been conned, a man rang and I gave him my card details", 'fraud_risk'],
    ['我怕我爸已经被人忽悠了 他昨天把五万块转给了一个自称警察的人', 'fraud_risk'],
  ])('"%s" still goes to a person', (text, reason) => {
    expect(verdict(text)?.reason).toBe(reason);
  });
});
