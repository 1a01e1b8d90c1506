/**
 * A large payment the customer already expects to make (completion money to a solicitor, a school's fees, a
 * builder's or a supplier's invoice, the rent), whose account details arrived "changed" by email or message: "the
 * solicitor emailed new account details for the completion money, is there a daily limit?", "school says the fees
 * account moved to a new bank this term", "装修公司微信上发来新的收款账户，尾款打到新账户". Someone who took over the
 * payee's mailbox sends new details just before the payment; the customer only asks how to pay or set up the payee.
 *
 * Not when the customer checked the change with the payee on a number they already had or in person (`verified`,
 * `checkedThemselves`, `checkedWithThePayee`), turned it down (`notActed`), or asks in general (`hypothetical`); the bank's own
 * questions about the scam are stood down as for every scheme (`scam_question.ts`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const PAYEE_DETAILS_CHANGED_CUES = {
  /** A payee of a large expected payment: a solicitor, a school, a builder, a supplier, a landlord. */
  expectedPayee: re(
    String.raw`律师|律所|学校|幼儿园|学费|培训班|装修(公司|队)?|工头|供应商|供货商|厂家|房东|物业|中介|开发商|代发工资|薪酬外包|人力外包|代账公司|\b(payroll (provider|bureau|company|agency|service)|accountants?|bookkeepers?|solicitors?|conveyanc\w*|lawyers?|attorneys?|escrow|title company|completion|settlement agent|school|college|university|nursery|daycare|tuition|school fees|builders?|contractors?|suppliers?|vendors?|landlord|letting agent|estate agent|invoice)\b`,
  ),
  /** The account details said to have changed, or a new account given for the payment. */
  detailsChanged: re(
    [
      String.raw`(新|另一个|另外一个)(的)?(收款)?(账户|账号|卡号|银行卡|户头|对公户)|(账户|账号|卡号|收款账户|对公账户|收款信息)${C}{0,4}(变更|更换|换了|改了|变了|迁移|转到)|换(了)?(一家|家|个)?(新)?(银行|开户行)`,
      String.raw`\bnew (bank |banking |account |payment |remittance )?(details|account|iban|account number|sort code|bsb|routing number|swift|bank)\b|\b(details|account|bank|banking) (have |has |had )?(been )?(changed|updated|moved|switched)\b|\b(moved|moving|switched|changed) (to )?(a |their |its |his |her )?(new |different )?(bank|banks|account)\b`,
    ].join('|'),
  ),
  /** The change came by email, text or a message app, not in person. */
  byMessage: re(
    String.raw`邮件|邮箱|短信|微信|qq|信息|消息|发来|发了|通知|\b(e-?mail\w*|text\w*|messag\w*|whatsapp\w*|wechat|letter|sent (me|us)|wrote|says|said|told (me|us))\b`,
  ),
  /** The customer checked it with the payee directly: rang them on a known number, went to their office. */
  checkedWithThePayee: re(
    String.raw`(打电话|当面|亲自|去)${C}{0,10}(问|核实|确认|核对)(过|了)|核实过|确认过|\b(we|i)( have|'ve)? (phoned|called|rang|rung|checked with|contacted|went to|visited|spoke to|spoken to)\b|\bthey never sent it\b`,
  ),
};

type Cue =
  keyof typeof PAYEE_DETAILS_CHANGED_CUES | 'verified' | 'checkedThemselves' | 'notActed' | 'hypothetical';

/** A known payee's account details changed by message before a large payment. */
export const PAYEE_DETAILS_CHANGED_RULES: CueRule<Cue>[] = [
  {
    scheme: 'payee_change',
    all: ['expectedPayee', 'detailsChanged', 'byMessage'],
    unless: ['verified', 'checkedThemselves', 'checkedWithThePayee', 'notActed', 'hypothetical'],
    weight: 0.75,
  },
];
