/**
 * The customer's old or current card to be handed to a courier or someone at the door: "the courier is here, do I give
 * him my old card?", "快递员来了，旧卡要给他吗". The bank never collects a card at the door (an old card is cut up at
 * home); the "courier" is the scammer's, sent after a call from the "bank" (the courier scam told in few words, as for
 * `cardHandover` in `red_flags.ts`).
 *
 * Not a new card delivered ("the courier is here with my new card, do I sign?", "新卡快递到了要本人签收吗"), nor a card
 * machine or reader handed back by a shop (`cardMachine`), nor a question in general (`hypothetical`) or one turned
 * down (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const EN_OLD_CARD = String.raw`(my |the |our )?(old|current|existing|expired|previous|original|bank|debit|credit) (bank |debit |credit )?cards?\b(?! (machine|reader|terminal))`;

export const CARD_TO_A_COURIER_CUES = {
  /** The old or current card given or handed over ("give him my old card", "旧卡给他"). */
  oldCardHandedOver: re(
    [
      String.raw`\b(give|hand|pass|handing|giving|hand over|pass on)\b (him |her |them |it )?(over )?(to (him|her|them|the (courier|driver|man|guy|rider)) )?${EN_OLD_CARD}`,
      String.raw`\b${EN_OLD_CARD}[^.?!]{0,20}\b(to|for) (the|this|a) (courier|driver|rider|delivery (man|guy|person))\b`,
      String.raw`(旧卡|老卡|旧的卡|原来的卡|以前的卡|原卡|旧银行卡)${C}{0,4}(要|得|是不是|要不要|能不能)?(给|交给|递给|交)(他|她|对方|快递|来人|骑手)|(把|将)(旧卡|老卡|旧的卡|原来的卡|以前的卡|原卡)${C}{0,6}(给|交给|递给)`,
    ].join('|'),
  ),
  /** A courier or someone at the door. */
  atTheDoor: re(
    String.raw`\b(courier|driver|rider|delivery (man|guy|person|driver)|someone at the door|at (my|the) (front )?door|is here to (collect|pick up))\b|快递|骑手|跑腿|闪送|上门|来人|门口`,
  ),
};

type Cue = keyof typeof CARD_TO_A_COURIER_CUES | 'notActed' | 'hypothetical';

/** The old card handed to a courier. */
export const CARD_TO_A_COURIER_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['oldCardHandedOver', 'atTheDoor'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
];
