/**
 * An inheritance or an "unclaimed estate" from someone the customer hardly or never knew, announced by a lawyer
 * or a firm abroad, that a fee, a tax or a certificate must be paid for before it is released: "一个远房亲戚在国外
 * 去世，律师说要先交公证费才能把遗产汇过来", "a solicitor in Lagos says a relative I never met left me $1.8m and I must
 * pay $4,000 in duty to release it", "an estate with nobody to claim it, from a client with my surname, they need
 * €2,500 for the transfer papers". A real estate pays its own costs out of the estate; a fee asked up front for a
 * windfall from a stranger is an advance-fee scam, even when the customer asks only how to send the fee.
 *
 * Not the customer's own family's estate handled by a solicitor they know, with no fee asked of them ("my aunt
 * passed away and the family solicitor asked for my IBAN"), nor one the customer binned (`notActed`).
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const STRANGER_INHERITANCE_CUES = {
  /** An inheritance or an estate from someone barely known, or nobody's. */
  strangerInheritance: re(
    [
      String.raw`(远房|从没见过|不认识|素不相识|同姓|无人认领|没有继承人|无继承人)${C}{0,20}(遗产|继承|遗嘱)|(遗产|继承)${C}{0,20}(远房|同姓|无人认领|没有继承人|无继承人)`,
      String.raw`\b(distant (relative|cousin|uncle|aunt|relation)|relative i (never|didn'?t|did not) (met|meet|know)|someone i'?ve never (met|heard of)|(shares|share|with|has) (my|the same) (sur|last |family )?name|unclaimed (estate|inheritance|funds|fortune)|no (heirs?|next of kin)|next of kin)\b[^.?!]{0,80}\b(estate|inheritance|inherit\w*|left (me|you)|bequea\w+|will|fortune)\b`,
      String.raw`\b(estate|inheritance|fortune|bequest)\b[^.?!]{0,80}\b(distant (relative|cousin|relation)|never (met|heard of)|(shares|share|has|with) (my|the same) (sur|last |family )?name|unclaimed|no (heirs?|next of kin))\b|\bunclaimed (estate|inheritance)\b`,
    ].join('|'),
  ),
  /** A fee, a tax or a certificate to be paid before it is released. */
  feeToRelease: re(
    String.raw`(先|要|需要|得)(交|付|缴|汇|转)${C}{0,10}(费|税|保证金|押金)|(手续费|公证费|税费|律师费|证明费|保证金)|\b(pay|paid|require|requires|need|needs|want|wants|asked for|charge)\b[^.?!]{0,40}(\b(fee|fees|duty|tax|taxes|certificate|charges?|costs?)\b|[$£€]\s?\d)|\b(fees?|dut(y|ies)|tax(es)?|certificates?|costs?|charges?)\b[^.?!]{0,40}\b(to release|before (it|they|the money|the funds|i can|we can))\b`,
  ),
};

type StrangerInheritanceCue = keyof typeof STRANGER_INHERITANCE_CUES | 'notActed' | 'hypothetical';

export const STRANGER_INHERITANCE_RULES: CueRule<StrangerInheritanceCue>[] = [
  {
    scheme: 'advance_fee',
    all: ['strangerInheritance', 'feeToRelease'],
    unless: ['notActed', 'hypothetical'],
    weight: 0.75,
  },
];
