/**
 * A tax office, the police, a court or another public body to be paid in crypto or through a bitcoin machine: "how do I
 * deposit cash into the bitcoin machine for the ATO?", "税务局让我买USDT交税款". No public body takes crypto or cash fed
 * into a bitcoin machine: the demand is the scam, as for gift cards (`official_body_paid_in_gift_cards.ts`, whose
 * `publicBody` cue this shares).
 *
 * Not tax on the customer's own crypto ("report my bitcoin gains to the ATO"), nor a bitcoin machine with no public
 * body in it, nor whether such a demand is genuine (`askedWhetherGenuine`, `hypothetical`), nor one turned down
 * (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const EN_COIN = String.raw`(bitcoin|btc|crypto|cryptocurrency|usdt|tether)`;
const ZH_COIN = String.raw`(usdt|u币|比特币|虚拟币|数字货币|泰达币|加密货币)`;

export const CRYPTO_DEMAND_CUES = {
  /** Crypto, or cash fed into a bitcoin machine, as the means of paying. */
  cryptoAsPayment: re(
    [
      String.raw`\b(deposit|put|feed|insert|load|pay|send)\w*\b[^.?!]{0,30}\b(into|in|at|through|via|using) (a |the |this |that |one of the |the nearest |a nearby )?${EN_COIN} (atm|machine|kiosk|terminal)s?\b`,
      String.raw`\b(pay|paying|settle|settling|clear|clearing|send|sending)\b[^.?!]{0,25}\b(in|with|by|using|via|as)\b[^.?!]{0,6}\b${EN_COIN}\b`,
      String.raw`(?<!\b(got|get|gets|getting|was|were|been|be|am|i'm|are|is) )\b(paid|payable) (in|with|by|using|via) ${EN_COIN}\b`,
      String.raw`\b(he|she|they|officer|caller|agent|man|woman|lady|guy)\b (wants?|wanted|asks?|asked|demand(s|ed)?|insists?|insisted)\b[^.?!]{0,20}\b${EN_COIN}\b|\b(wants?|wanted|asked|told) me to (buy|get|send|use|pay)\b[^.?!]{0,20}\b${EN_COIN}\b`,
      String.raw`(让|叫|要)我${C}{0,4}(用|买|购买|换成?|充)${C}{0,4}${ZH_COIN}|(用|拿)${ZH_COIN}${C}{0,2}(交|缴|付|支付)(税款|罚款|罚金|保证金|费用|钱)|(要|得|必须|只能)(用|拿)${ZH_COIN}${C}{0,2}(交|缴|付|支付)|${ZH_COIN}(机|atm|取款机)`,
    ].join('|'),
  ),
};

type Cue =
  keyof typeof CRYPTO_DEMAND_CUES | 'publicBody' | 'askedWhetherGenuine' | 'notActed' | 'hypothetical';

/** A public body's payment asked in crypto. */
export const CRYPTO_DEMAND_RULES: CueRule<Cue>[] = [
  {
    scheme: 'authority_impersonation',
    all: ['publicBody', 'cryptoAsPayment'],
    unless: ['notActed', 'hypothetical', 'askedWhetherGenuine'],
    weight: 0.8,
  },
];
