/**
 * Someone at a cash machine being talked through what to press by a person on the phone ("我爸在取款机那儿，电话里有人一步
 * 步教他按", "my mum is at the cashpoint and someone on the phone is telling her what to press"). Nothing a bank does is
 * done at a cash machine on a caller's instructions: it is a caller moving the money out (a "refund", a "safe account",
 * a "cancelled instalment").
 *
 * Not the customer who rang the bank's own hotline from the machine for help (`bankLineCalledByTheCustomer`: "我打了你们
 * 95588，客服教我在取款机上操作"), nor a question whether such a call can be genuine (`hypothetical`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const CALLER_AT_THE_MACHINE_CUES = {
  /** At a cash machine, or a self-service machine of the bank. */
  atACashMachine: re(
    String.raw`\b(atm|cash ?machine|cashpoint|cash point|hole in the wall|cash dispenser)s?\b|取款机|柜员机|\batm\b|提款机|自助(机|设备|终端)`,
  ),
  /** Someone on the phone telling them what to do ("电话里有人教她操作", "someone on the phone talking her through it"). */
  talkedThroughOnThePhone: re(
    [
      String.raw`电话(里|那头|那边|上)${C}{0,6}(有人|对方|那人|一个人|一个男的|一个女的)?${C}{0,4}(教|指导|指挥|让|叫|告诉)${C}{0,8}(操作|按|输|点|转|取)?|(一边|边)(打|接)(着)?电话${C}{0,4}(一边|边)(操作|按|输)|(有人|对方)${C}{0,4}(在)?电话(里|上)${C}{0,6}(教|指导|指挥)`,
      String.raw`\b(someone|somebody|a man|a woman|a guy|they|he|she|the caller)\b[^.?!]{0,25}\bon the (phone|line)\b[^.?!]{0,25}\b(talking|walking|guiding|telling|instructing|showing)\b[^.?!]{0,10}\b(her|him|them|me|us|(my|his|her|our) \w+)\b|\bon the (phone|line)\b[^.?!]{0,12}\bwith (someone|somebody|a man|a woman|a guy)\b[^.?!]{0,30}\b(talking|walking|guiding|telling|instructing)\b|\b(talking|walking|guiding) (her|him|them|me) through\b[^.?!]{0,30}\b(phone|call|line)\b`,
    ].join('|'),
  ),
  /** The customer rang the bank's own number for help ("我打了你们95588", "I called your helpline from the ATM"). */
  bankLineCalledByTheCustomer: re(
    String.raw`(我|她|他|我们)(自己)?(打|拨)(了|通了)?${C}{0,4}(你们|银行)(的)?(官方|客服)?(热线|电话|客服)|95\d{3}|\b(i|she|he|we) (called|rang|phoned) (your|the bank'?s) (helpline|hotline|number|customer service|support)\b`,
  ),
};

type Cue = keyof typeof CALLER_AT_THE_MACHINE_CUES | 'hypothetical';

/** A cash machine operated on a caller's instructions. */
export const CALLER_AT_THE_MACHINE_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['atACashMachine', 'talkedThroughOnThePhone'],
    unless: ['bankLineCalledByTheCustomer', 'hypothetical'],
    weight: 0.8,
  },
];
