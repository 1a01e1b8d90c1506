/**
 * A "health talk" or a free seminar that hands out eggs or gifts to older people, then sells them supplements, a
 * therapy device or a "product" with cash back or a return, for which they now take out a large sum: "我爸被拉去听
 * 养生讲座，天天送鸡蛋，现在要买他们五万的理疗仪说年底返现", "my nan's been going to free health talks, they gave her
 * eggs and now she wants to pay £8,000 for their supplements, with a cashback promised", "我妈在保健讲座交了订金，说那个理疗
 * 床能治她的腿，还要付尾款". Gifts to draw people in, a health product and money back or a cure promised is how
 * these sales take older people's savings; the customer often asks only how to take the money out (a fixed
 * deposit broken early, a withdrawal limit).
 *
 * Not a talk the bank runs itself, nor a health product bought in a shop or a pharmacy with nobody pressing.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const HEALTH_TALK_CUES = {
  /** A talk, a seminar or a "class" the older person was drawn to. */
  healthTalk: re(
    String.raw`讲座|会销|养生课|健康课|体验课|体验馆|听课|健康讲堂|养生馆|\b(health|wellness|free) (talks?|seminars?|presentations?|lectures?|sessions?|classes?|events?)\b`,
  ),
  /**
   * A health product with gifts or money back, or said to cure an illness ("说买了那个理疗床能治她的腿", "they said
   * the mattress will cure his arthritis"): a cure promised for a device or a supplement is the sales pitch.
   */
  healthProductLure: re(
    String.raw`保健品|理疗仪|理疗床|理疗椅|按摩椅|药酒|磁疗|床垫${C}{0,6}(返|送)|(能|可以|包|保证)(治|治好|根治)|包治|根治|\b(massage (chair|bed)|healing (bed|mattress|device))\b|\b(cures?|heals?|will (cure|heal)|can (cure|heal))\b ((his|her|their|my|your) )?\w+|(领|送|发)(鸡蛋|礼品|礼物|米|油)|免费领|返现|返利|返钱|\b(supplements?|health products?|vitamins?|therapy (device|machine|mattress)|magnetic (mattress|bed)|free (eggs|gifts?)|cash ?back)\b`,
  ),
  /** The bank's own talk. */
  banksOwnTalk: re(
    String.raw`(银行|你们|贵行|支行|网点|营业厅)(的|办的|组织的|举办的)?${C}{0,6}(讲座|课)|\b(your|the bank'?s|the branch'?s|a bank) (\w+ )?(talk|seminar|session)\b`,
  ),
  /** A large sum to take out or pay, or the rest of the price still owed (尾款, "the balance"). */
  sumTakenOut: re(
    String.raw`取(钱|现|出|\d|[一两二三四五六七八九十几]+万)|提前支取|定期|存单|转(给|账|钱)|买|交|付|尾款|余款|\b(the (balance|rest)|savings|withdraw\w*|cash out|take out|break (her|his|my|the) (fixed|term)|pay\w*|buy\w*|spend\w*|£\d|\$\d|\d+k)\b`,
  ),
};

type HealthTalkCue = keyof typeof HEALTH_TALK_CUES | 'notActed' | 'hypothetical';

export const HEALTH_TALK_RULES: CueRule<HealthTalkCue>[] = [
  {
    scheme: 'investment_teacher',
    all: ['healthTalk', 'healthProductLure', 'sumTakenOut'],
    unless: ['notActed', 'hypothetical', 'banksOwnTalk'],
    weight: 0.75,
  },
];
