/**
 * A fee said to be due to a school, a hospital, an education or a government office, the property manager or the
 * council, but to be paid into an account that is not that body's own: a "temporary" account, or one said outright
 * not to be its official or public account. "班级群里说这学期的资料费交到教育局的临时账户，不走学校公户", "the nursery
 * says this term's trip money goes to a temporary account, not the school's usual one". A school or an office
 * collects into its own account; a fee redirected to a temporary or a non-official one is how a fake teacher in
 * the parents' chat, or a fake office, takes the money. The customer asks only how or by when to pay.
 *
 * Not when the customer did not go along (`notActed`) or checked it with the body itself (`verified`).
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { FraudScheme } from './fraud_patterns.ts';

const C = IN_CLAUSE;

/** A body that collects official fees: a school, a hospital, an office, the property manager. */
const BODY = [
  String.raw`学校|班主任|老师|家长群|班级群|班群|家委会|幼儿园|教育局|教委|医院|物业|社保|医保|税务|街道|居委会|村委|政府|管委会|单位`,
  String.raw`\b(school|nursery|kindergarten|teacher|pta|parents'? (group|chat)|class (group|chat)|education (department|authority|board|office)|council|hospital|clinic|surgery|nhs|property manag\w+|management company|hoa|tax office|government)\b`,
].join('|');

/** Not the body's own account: a temporary one, or one said not to be its official or public account. */
const UNOFFICIAL = [
  String.raw`临时(的)?(收款|代收|过渡)?(账户|账号|户头|卡)`,
  String.raw`(不是|不走|不打到?|不转到?|不交到?|非)${C}{0,8}(公户|对公(账户|户)|官方(账户|账号)|(学校|医院|单位|物业)(的)?(账户|账号))`,
  String.raw`\btemporary (bank |collection |holding )?account\b`,
  String.raw`\bnot (into |to |through )?(the|their|its|our) (school'?s|nursery'?s|council'?s|hospital'?s|usual|official|normal|regular|own) (bank )?account\b`,
  String.raw`\b(isn'?t|is not|not) (the )?(school|nursery|council|hospital)'?s? (own |official |usual )?(bank )?account\b`,
].join('|');

export const OFFICIAL_FEE_CUES = {
  /** A fee body and, in the same message, an account that is not its own. */
  officialFeeUnofficialAccount: {
    test: (lower: string): boolean => new RegExp(BODY, 'iu').test(lower) && re(UNOFFICIAL).test(lower),
  },
};

type FeeCue = keyof typeof OFFICIAL_FEE_CUES | 'payment' | 'notActed' | 'verified' | 'hypothetical';

export const OFFICIAL_FEE_RULES: { scheme: FraudScheme; all: FeeCue[]; unless?: FeeCue[]; weight: number }[] =
  [
    {
      scheme: 'payee_change',
      all: ['officialFeeUnofficialAccount', 'payment'],
      unless: ['notActed', 'verified', 'hypothetical'],
      weight: 0.75,
    },
  ];
