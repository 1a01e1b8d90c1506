/**
 * Someone who fixed the customer's computer or helped from afar (a "Microsoft" technician, tech support, a remote
 * session) "refunded" too much by mistake, and the customer is to send the extra back: "the support guy fixed my
 * PC, but he refunded £900 instead of £90, how do I return the rest?", "电脑远程售后的工程师给我退款，不小心多退了八千，
 * 我想把多的转回给他". The "refund" is the customer's own money moved between their accounts while the helper
 * controls the screen; whatever is sent back is lost.
 *
 * Not an employer's payroll mistake paid back to the company (`employersPayrollOverpaid`), nor asked about in general.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const REMOTE_HELPER_REFUND_CUES = {
  /** A helper at the computer or at a distance: tech support, a technician, a remote session. */
  remoteHelper: re(
    String.raw`远程|技术(人员|支持|客服)|电脑(维修|售后|公司|客服)|(修|弄|处理)(好)?(了)?(我的)?电脑|杀毒|网络(安全)?(公司|工程师)|\b(microsoft|windows|norton|mcafee|apple support|tech(nical)? support|it support|helpdesk|help desk|remote(ly)?|anydesk|teamviewer|technician|computer (guy|man|engineer|support|repair)|support (guy|team|agent|man))\b|\bfix(ed|ing)? (my|the) (laptop|computer|pc|mac|internet|broadband|wifi|router)\b`,
  ),
  /** A refund or a payment to the customer said to be too much, by mistake. */
  refundOverpaid: re(
    String.raw`多退(了)?|退多了|多(转|打|汇|给|付)(了)?${C}{0,4}(钱|块|元|万|千|\d)|(手滑|不小心|输错|打错|多按)${C}{0,10}(退|转|打)|\b(accidentally|mistakenly|by mistake|wrongly)\b[^.?!]{0,20}\b(refund\w*|sent|paid|credited|transferred|put)\b|\b(refund\w*|sent|paid|credited|transferred|put)\b[^.?!]{0,30}\b(too much|by mistake|instead of|an extra|more than)\b`,
  ),
  /** The extra to go back. */
  sendBack: re(
    String.raw`(转|退|还|打|汇|返)(回|还)(去|给|来)?|把多(的|出|余)|(多(的|出来的|余的)|差额)${C}{0,6}(转|退|还|打|给)|\b(send|pay|transfer|wire|give|return|refund)\w*\b[^.?!]{0,20}\bback\b|\b(send|return|refund|transfer|give)\w* (the |him |them |her )?(extra|difference|excess|rest|overpayment)\b`,
  ),
};

type Cue = keyof typeof REMOTE_HELPER_REFUND_CUES | 'employersPayrollOverpaid' | 'hypothetical';

/** A refund "overpaid" by a remote or computer helper, the extra to be sent back. */
export const REMOTE_HELPER_REFUND_RULES: CueRule<Cue>[] = [
  {
    scheme: 'remote_access',
    all: ['remoteHelper', 'refundOverpaid', 'sendBack'],
    unless: ['employersPayrollOverpaid', 'hypothetical'],
    weight: 0.75,
  },
];
